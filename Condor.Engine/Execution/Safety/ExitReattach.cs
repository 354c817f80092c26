using System.Globalization;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Execution.Reconciliation;
using Condor.Engine.Journal;
using Condor.Engine.Market;

namespace Condor.Engine.Execution.Safety;

/// <summary>
/// Reconciliation's <see cref="ExitReattachRoutine"/> bound to the orders' routines: the trade's position is rebuilt
/// from the journal (legs and conIds, the fill credit), the exit plan is the bracket's (<see cref="ExitBracket.PlanFor"/>),
/// and each missing role is placed through <see cref="ExitPlacer"/> (intent journaled first, a new attempt number) in
/// the trade's OCA group (the working exits' group, else the trade's own, <see cref="CondorOrders.Group"/>). The rules
/// of <see cref="ExitRepair"/>: an exit the gateway rejected (Inactive) is never re-sent unchanged (escalated instead);
/// a cancelled or absent one is placed.
/// </summary>
internal static class ExitReattach
{
    public static ExitReattachRoutine Bind(OrderContext context, TradingSession session, string account) =>
        (request, cancellationToken) => ReattachAsync(context, session, account, request, cancellationToken);

    private static async Task<ExitReattachResult> ReattachAsync(
        OrderContext context, TradingSession session, string account, ExitReattachRequest request, CancellationToken cancellationToken)
    {
        if (await context.Journal.GetTradeAsync(request.TradeId, cancellationToken).ConfigureAwait(false) is not { Credit: { } credit and > 0 } trade)
        {
            return new ExitReattachResult(false, [], Say($"Trade {request.TradeId} has no fill credit in the journal: the exits cannot be priced."));
        }

        if (request.Contracts <= 0)
        {
            return new ExitReattachResult(false, [], "No contracts held: nothing to protect.");
        }

        var rejected = request.Missing
            .Where(role => request.Ended.Any(e => e.Key.Role == role && e.Value == "Inactive"))
            .ToList();
        var legs = KillSwitch.LegsOf(trade);
        var position = new OpenPosition(trade.Id, trade.SessionDate, context.Journal.Mode, legs, request.Contracts, credit, session, new Dictionary<int, decimal>(), account);
        var plan = ExitBracket.PlanFor(position, context.Options);
        var own = CondorOrders.Group(trade.SessionDate, trade.Id, request.Contracts);
        var group = request.OcaGroup is { } name ? own with { Name = name } : own;
        var combo = CondorOrders.Combo(legs);
        var placed = new List<OrderRef>();
        var failed = new List<string>();
        foreach (var role in ExitBracket.Roles.Where(r => request.Missing.Contains(r) && !rejected.Contains(r)))
        {
            var exit = await ExitPlacer.PlaceAsync(context, position, plan, group, combo, role, request.Contracts, cancellationToken).ConfigureAwait(false);
            if (exit.IsAcknowledged && !ExitBracket.IsDeadAtOnce(exit))
            {
                placed.Add(exit.OrderRef);
            }
            else
            {
                failed.Add(Say($"{exit.OrderRef} {exit.Placement.Outcome} {exit.Placement.ErrorCode} {exit.Placement.Reason}").TrimEnd());
            }
        }

        var repaired = failed.Count == 0 && rejected.Count == 0;
        var detail = repaired
            ? Say($"Re-attached {string.Join(", ", placed)} in OCA {group.Name}.")
            : Say($"Re-attached {(placed.Count == 0 ? "nothing" : string.Join(", ", placed))}; {(rejected.Count > 0 ? "rejected before, not re-sent: " + string.Join(", ", rejected) + "; " : string.Empty)}{string.Join("; ", failed)}");
        return new ExitReattachResult(repaired, placed, detail);
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
