namespace Condor.Engine.Execution.Snapshot;

/// <summary>An alert the engine raised: urgent ones need the owner (an entry without exits, a missing expiry...).</summary>
/// <param name="At">When (the engine's clock).</param>
/// <param name="Urgent">True for an urgent alert; false for a notice (a short strike touched, a no-trade day).</param>
/// <param name="Message">What happened, for the owner.</param>
internal sealed record EngineAlert(DateTimeOffset At, bool Urgent, string Message);
