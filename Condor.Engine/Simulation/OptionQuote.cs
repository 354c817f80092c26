using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Simulation;

/// <summary>
/// One option's market at one instant. <see cref="Bid"/>/<see cref="Ask"/> are null when <see cref="Condition"/> is a
/// fault; <see cref="Greeks"/> is null when the scenario withholds greeks for the strike.
/// </summary>
internal sealed record OptionQuote(
    Underlying Underlying,
    DateOnly Expiry,
    decimal Strike,
    OptionRight Right,
    decimal? Bid,
    decimal? Ask,
    int BidSize,
    int AskSize,
    decimal Last,
    QuoteCondition Condition,
    OptionGreeks? Greeks)
{
    public decimal? Mid => Bid is { } bid && Ask is { } ask ? (bid + ask) / 2 : null;
}
