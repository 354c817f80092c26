namespace Condor.Engine.Execution.Reconciliation;

/// <summary>Re-attach the missing exits through the exit-repair routine, after the fills are adopted.</summary>
internal sealed record ReattachExitsStep(ExitReattachRequest Request) : ReconciliationStep;
