using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>What a reconciliation did.</summary>
/// <param name="Plan">What it decided.</param>
/// <param name="AdoptedFills">Fills the journal did not have and now has.</param>
/// <param name="AdoptedOrderFacts">Order ids and statuses the journal did not have and now has.</param>
/// <param name="Repair">The exit repair's answer; null when none was asked.</param>
/// <param name="Trade">The session's trade as the journal has it afterwards; null when there is none.</param>
/// <param name="Alerts">The plan's alerts and what executing it found.</param>
internal sealed record ReconciliationOutcome(
    ReconciliationPlan Plan,
    int AdoptedFills,
    int AdoptedOrderFacts,
    ExitReattachResult? Repair,
    TradeRecord? Trade,
    IReadOnlyList<ReconciliationAlert> Alerts)
{
    /// <summary>The loudest alert; None when there is nothing to tell.</summary>
    public AlertLevel Level => Alerts.Select(a => a.Level).DefaultIfEmpty(AlertLevel.None).Max();
}
