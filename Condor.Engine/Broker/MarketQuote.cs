namespace Condor.Engine.Broker;

/// <summary>
/// The latest quote of one subscribed contract (an option leg, or the index), folded from its ticks. A price
/// the gateway reports as unset (-1, 0 for a bid/ask size-less placeholder, the unset maximum, NaN) is null.
/// Market-data ticks carry no gateway time; <paramref name="ReceivedAt"/> is the local receive time of the
/// latest tick folded in.
/// </summary>
/// <param name="TickerId">The subscription's request id.</param>
/// <param name="Bid">Best bid; null when unset.</param>
/// <param name="Ask">Best ask; null when unset.</param>
/// <param name="Last">Last trade price; null when unset.</param>
/// <param name="BidSize">Size at the bid; null when unset.</param>
/// <param name="AskSize">Size at the ask; null when unset.</param>
/// <param name="Greeks">IB's model greeks; null until a model computation arrived.</param>
/// <param name="IsDelayed">True when the values come from delayed ticks (market data type 3/4).</param>
/// <param name="ReceivedAt">Local receive time of the latest tick.</param>
internal sealed record MarketQuote(
    int TickerId,
    decimal? Bid,
    decimal? Ask,
    decimal? Last,
    decimal? BidSize,
    decimal? AskSize,
    ModelGreeks? Greeks,
    bool IsDelayed,
    DateTimeOffset ReceivedAt)
{
    /// <summary>A quote with nothing known yet.</summary>
    public static MarketQuote Empty(int tickerId, DateTimeOffset receivedAt) =>
        new(tickerId, null, null, null, null, null, null, false, receivedAt);
}
