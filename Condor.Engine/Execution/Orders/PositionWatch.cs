using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Watches one open position (issue 12, "Protection that does not depend on one mechanism"). On each
/// <see cref="ObserveAsync"/>: live P/L per leg and in total ($ and % of credit), the index's distance to each short
/// strike; a short-strike touch by the index alerts once per strike, never acts; and Condor's own stop: when the combo's
/// mid debit is at or beyond the stop trigger for <see cref="StrategyOptions.StopConfirmSeconds"/> and the resting stop
/// has not filled, the resting profit-target LIMIT order of the same OCA group is MODIFIED to a marketable debit
/// (price changed, type kept; the OCA group then cancels the stop and the time exit) — never a second closing
/// order — with an urgent alert. A refused modification leaves the order as it was and is escalated (urgent).
/// Broker events are fed in through <see cref="Apply"/>.
/// </summary>
internal sealed class PositionWatch(
    OpenPosition position, BracketResult bracket, IBrokerGateway gateway, IJournal journal, StrategyOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>Takes a broker event about the exits (statuses, executions) into account.</summary>
    public void Apply(BrokerEvent brokerEvent)
    {
        ArgumentNullException.ThrowIfNull(brokerEvent);
        _ = (position, bracket, gateway, journal, options, time, logger);
        throw new NotImplementedException("Step 2.");
    }

    /// <summary>An exit the repair re-placed (new orderRef, same role and OCA group) replaces the one watched.</summary>
    public void Replace(ExitOrder exit)
    {
        ArgumentNullException.ThrowIfNull(exit);
        throw new NotImplementedException("Step 2.");
    }

    /// <summary>One look at the market: P/L, touch alerts, and the own stop watch (may modify the target).</summary>
    public Task<WatchReport> ObserveAsync(PositionTick tick, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tick);
        throw new NotImplementedException("Step 2.");
    }
}
