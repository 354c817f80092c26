namespace Condor.Engine.Simulation;

/// <summary>
/// A combo's market in its own sign convention (TWS BAG): <see cref="Ask"/> is what buying the combo costs at the
/// legs' natural prices (Σ bought asks − Σ sold bids), <see cref="Bid"/> what selling it brings. Null when a leg
/// has no usable bid/ask. For an iron condor both are negative (credits).
/// </summary>
internal sealed record ComboQuote(DateTimeOffset Time, decimal? Bid, decimal? Ask, double ModelPrice, IReadOnlyList<OptionQuote> Legs)
{
    public decimal? Mid => Bid is { } bid && Ask is { } ask ? (bid + ask) / 2 : null;

    /// <summary>The natural price for an order on <paramref name="side"/>: the ask to buy, the bid to sell.</summary>
    public decimal? Natural(TradeSide side) => side == TradeSide.Buy ? Ask : Bid;
}
