namespace Condor.Engine.Journal;

/// <summary>A session's daily state: where the engine is in the day, and why there is no trade if so.</summary>
internal sealed record SessionState(DateOnly SessionDate, string Phase, string? NoTradeReason);
