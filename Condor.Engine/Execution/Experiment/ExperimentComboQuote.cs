using Condor.Engine.Broker;
using Condor.Engine.Simulation;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// The combo market from the legs' real quotes, in the BAG's own sign convention (as the simulator quotes a combo):
/// ask = Σ bought legs' asks − Σ sold legs' bids, bid = Σ bought bids − Σ sold asks, each × ratio. Null while a leg
/// has no bid or ask (the fill model then fills nothing).
/// </summary>
internal static class ExperimentComboQuote
{
    public static ComboQuote? From(IReadOnlyList<ExperimentLeg> legs, IReadOnlyDictionary<int, MarketQuote> quotes, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(quotes);
        decimal bid = 0, ask = 0;
        var model = 0.0;
        var legQuotes = new List<OptionQuote>(legs.Count);
        foreach (var leg in legs)
        {
            if (!quotes.TryGetValue(leg.ConId, out var quote) || quote.Bid is not { } legBid || quote.Ask is not { } legAsk)
            {
                return null;
            }

            var bought = leg.Model.Side == TradeSide.Buy;
            bid += leg.Model.Ratio * (bought ? legBid : -legAsk);
            ask += leg.Model.Ratio * (bought ? legAsk : -legBid);
            var mid = (legBid + legAsk) / 2;
            model += (bought ? 1 : -1) * leg.Model.Ratio * (double)mid;
            legQuotes.Add(new OptionQuote(
                leg.Underlying, leg.Expiry, leg.Model.Strike, leg.Model.Right, legBid, legAsk,
                Size(quote.BidSize), Size(quote.AskSize), quote.Last ?? mid, QuoteCondition.Normal, null));
        }

        return new ComboQuote(time, bid, ask, model, legQuotes);
    }

    /// <summary>
    /// How many combos the displayed sizes allow on <paramref name="side"/>: for each leg the size on the side the
    /// order takes (a bought leg takes the ask, a sold one the bid) over its ratio, the smallest; null when a size is unknown.
    /// </summary>
    public static int? DisplayedCapacity(IReadOnlyList<ExperimentLeg> legs, IReadOnlyDictionary<int, MarketQuote> quotes, TradeSide side)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(quotes);
        var capacity = int.MaxValue;
        foreach (var leg in legs)
        {
            if (!quotes.TryGetValue(leg.ConId, out var quote) || (leg.BoughtWhen(side) ? quote.AskSize : quote.BidSize) is not { } size)
            {
                return null;
            }

            capacity = Math.Min(capacity, (int)Math.Min(int.MaxValue, Math.Floor(size / leg.Model.Ratio)));
        }

        return capacity;
    }

    private static int Size(decimal? size) => size is { } s ? (int)Math.Min(int.MaxValue, Math.Max(0, s)) : 0;
}
