using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// The ONE exit-repair routine (the engine calls it on an exit's cancellation or rejection; reconciliation calls it
/// with facts from the broker's queries). Rules (issue 12): an exit cancelled by the broker (202) is re-placed once
/// (same OCA group, orderRef attempt n+1) and escalated — ONLY while the broker still shows the position and no exit
/// of the group has an execution (when one exit fills IB cancels its siblings; re-placing those would open a reverse
/// position). Cancelled again (attempt ≥ 2) → not re-placed, urgent. A rejected exit is never re-sent unchanged:
/// escalated, urgent. An exit missing at the broker while the position is open → urgent.
/// </summary>
internal sealed class ExitRepair(IBrokerGateway gateway, IJournal journal, StrategyOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>The pure decision per exit role (no I/O): what <see cref="RepairAsync"/> will do.</summary>
    public static IReadOnlyList<ExitRepairDecision> Decide(ExitRepairFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        throw new NotImplementedException("Step 2.");
    }

    /// <summary>Decides, journals the intents, re-places what the rules allow and returns the alerts (urgent ones included).</summary>
    public Task<ExitRepairResult> RepairAsync(ExitRepairFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _ = (gateway, journal, options, time, logger);
        throw new NotImplementedException("Step 2.");
    }
}
