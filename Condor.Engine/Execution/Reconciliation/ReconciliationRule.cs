namespace Condor.Engine.Execution.Reconciliation;

/// <summary>One cell of <see cref="ReconciliationTable"/>: for this journal state and broker state, this action, this loudly, because.</summary>
internal sealed record ReconciliationRule(
    JournalState Journal, BrokerState Broker, ReconciliationAction Action, AlertLevel Alert, string Reason)
{
    /// <summary>True for the ambiguous cells: nothing journaled, nothing sent.</summary>
    public bool IsAmbiguous => Action == ReconciliationAction.AlertOnly;
}
