using System.Globalization;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Phase 8: the profit target (LMT), the stop (STP, explicit trigger method) and the time exit (MKT, goodAfterTime
/// in US/Eastern) in ONE OCA group sized to the filled quantity (ocaType 1 for one contract, 2 for more), priced
/// from the ACTUAL fill credit by <see cref="ExitPlanner"/> (DESIGN's rounding). Each intent is journaled before
/// its order is sent. Success = the three exits acknowledged by the gateway (and none cancelled at once); anything
/// else returns an urgent alert. All three are placed even when one is refused: protection does not wait.
/// </summary>
internal sealed class ExitBracket(OrderContext context)
{
    /// <summary>The exit roles in placement order.</summary>
    public static IReadOnlyList<OrderRole> Roles { get; } = [OrderRole.Target, OrderRole.Stop, OrderRole.Time];

    /// <summary>The exit plan of a position (prices from its fill credit, the time exit capped before the close).</summary>
    public static ExitPlan PlanFor(OpenPosition position, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(options);
        return ExitPlanner.Plan(position.FillCredit, position.Session, options, position.Legs.Contract);
    }

    /// <summary>Places the three exits of <paramref name="position"/> (target first, then stop, then the time exit).</summary>
    public async Task<BracketResult> PlaceAsync(OpenPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        var plan = PlanFor(position, context.Options);
        var group = CondorOrders.Group(position.SessionDate, position.TradeId, position.Quantity);
        var combo = CondorOrders.Combo(position.Legs);
        var exits = new List<ExitOrder>();
        foreach (var role in Roles)
        {
            exits.Add(await ExitPlacer.PlaceAsync(context, position, plan, group, combo, role, position.Quantity, cancellationToken).ConfigureAwait(false));
        }

        var failed = exits.Where(e => !e.IsAcknowledged || IsDeadAtOnce(e)).ToList();
        var alerts = new List<OrderAlert>();
        if (failed.Count == 0)
        {
            var text = Say($"Protected: {position.Quantity} × {position.Legs.Condor} filled at {position.FillCredit:0.00##}; target {plan.TargetDebit}, stop {plan.StopTrigger} ({plan.StopTriggerMethod}), time exit {plan.TimeExitEt:HH:mm} ET ({plan.TimeExitRule}); OCA {group.Name} type {group.OcaType}.");
            await context.AuditAsync(AuditKind.Decision, text, position.TradeId, cancellationToken).ConfigureAwait(false);
            alerts.Add(context.Alert(OrderAlertSeverity.Info, "protected", text, position.TradeId));
        }
        else
        {
            var what = string.Join("; ", failed.Select(e => Say($"{e.OrderRef} {e.Placement.Outcome} {e.Placement.Status} {e.Placement.ErrorCode} {e.Placement.Reason}").TrimEnd()));
            var text = Say($"The position ({position.Quantity} × {position.Legs.Condor}) is NOT fully protected: {what}.");
            await context.AuditAsync(AuditKind.Error, text, position.TradeId, cancellationToken).ConfigureAwait(false);
            alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "exits-not-acknowledged", text, position.TradeId));
        }

        return new BracketResult(failed.Count == 0, plan, group, combo, exits, alerts);
    }

    /// <summary>An acknowledgement that is already a cancellation (IB's 202 at once) or an inactive order.</summary>
    internal static bool IsDeadAtOnce(ExitOrder exit) =>
        exit.Placement.Status is "Cancelled" or "ApiCancelled" or "Inactive";

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
