namespace Condor.Engine.Execution.Reconciliation;

/// <summary>One thing to tell the owner, with the facts.</summary>
internal sealed record ReconciliationAlert(AlertLevel Level, string Text);
