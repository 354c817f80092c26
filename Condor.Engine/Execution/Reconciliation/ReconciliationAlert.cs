namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// One thing to tell the owner, with the facts. Reconciliation runs every minute while a position is open:
/// <paramref name="Key"/> names the situation (the same facts give the same key), so the engine notifies a key once
/// per session and keeps the rest for the dashboard and the audit log.
/// </summary>
internal sealed record ReconciliationAlert(AlertLevel Level, string Text, string Key);
