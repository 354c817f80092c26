using Condor.Engine.Broker;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// Issue 13's reconciliation, one routine: gather the facts, plan from the table, carry the plan out. The engine
/// calls it on its command loop (one writer) at start-up before any order, after every reconnect, every minute while
/// a position is open, and at the end of the day; it publishes <see cref="ReconciliationOutcome.Alerts"/> and obeys
/// <see cref="ReconciliationPlan.MayEnter"/>.
/// </summary>
internal static class Reconciler
{
    public static async Task<ReconciliationOutcome> RunAsync(
        IBrokerGateway gateway, IJournal journal, DateOnly session, int clientId, TimeProvider time,
        ExitReattachRoutine repairExits, CancellationToken cancellationToken)
    {
        var facts = await ReconciliationFactGatherer.GatherAsync(gateway, journal, session, clientId, time, cancellationToken).ConfigureAwait(false);
        return await ReconciliationExecutor.ExecuteAsync(ReconciliationPlanner.Plan(facts), journal, repairExits, cancellationToken).ConfigureAwait(false);
    }
}
