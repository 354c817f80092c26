using Condor.Engine.Market;
namespace Condor.Engine.Simulation;

/// <summary>A position the simulated account holds although the client never ordered it.</summary>
internal sealed record ForeignPosition(
    string Symbol,
    string SecurityType,
    decimal Quantity,
    decimal AverageCost,
    DateOnly? Expiry = null,
    decimal? Strike = null,
    OptionRight? Right = null,
    string? TradingClass = null);
