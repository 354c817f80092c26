namespace Condor.Engine.Journal;

/// <summary>End-of-day account figures.</summary>
internal sealed record EquitySnapshot(DateOnly SessionDate, decimal NetLiquidation, decimal DayPnl);
