using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>Journal a fill the gateway reports (stored once by execId: a known one changes nothing).</summary>
/// <param name="Execution">The fill.</param>
/// <param name="External">True when no order of ours made it (e.g. the broker's liquidation).</param>
internal sealed record AdoptExecutionStep(ExecutionReport Execution, bool External) : ReconciliationStep;
