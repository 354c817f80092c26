using System.Globalization;
using Condor.Engine.Journal;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// The ONE exit-repair routine (the position's watch calls it on an exit's cancellation or rejection; reconciliation
/// calls it with facts from the broker's queries). Rules (issue 12): an exit cancelled (IB's 202) is re-placed once
/// (same OCA group, orderRef attempt n+1) and escalated — ONLY while the broker still shows the position and no exit
/// of the group has an execution (when one exit fills IB cancels its siblings; re-placing those would open a reverse
/// position), and not after the session's close (the options expire; IB cancels the day's orders). Cancelled again (attempt ≥ 2) → not re-placed, urgent. A rejected exit is never re-sent unchanged, and
/// Condor has no changed order that would be right: escalated, urgent. An exit missing at the broker while the
/// position is open → urgent.
/// </summary>
internal sealed class ExitRepair(OrderContext context)
{
    /// <summary>The pure decision per exit role (no I/O): what <see cref="RepairAsync"/> will do.</summary>
    public static IReadOnlyList<ExitRepairDecision> Decide(ExitRepairFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.BrokerShowsPosition)
        {
            return [.. facts.Exits.Select(e => new ExitRepairDecision(e.Role, ExitRepairAction.None, "the broker no longer shows the position: nothing to protect"))];
        }

        if (facts.At >= facts.Position.Session.Close)
        {
            return [.. facts.Exits.Select(e => new ExitRepairDecision(e.Role, ExitRepairAction.None,
                "the session has closed: the options expire, and IB cancels the day's orders"))];
        }

        if (facts.AnyExitExecuted)
        {
            return [.. facts.Exits.Select(e => new ExitRepairDecision(e.Role, ExitRepairAction.None,
                "an exit of the group has an execution: IB cancels or reduces its siblings, and a re-placed exit could open a reverse position"))];
        }

        return [.. facts.Exits.Select(Decide)];
    }

    /// <summary>
    /// Asks the broker (the truth) whether it still shows the position's legs and whether any exit of the trade
    /// (any attempt) has an execution, and joins that with the book's facts.
    /// </summary>
    public async Task<ExitRepairFacts> GatherAsync(OpenPosition position, ExitBook book, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(book);
        var legs = LegConIds(position);
        var positions = await context.Gateway.GetPositionsAsync(cancellationToken).ConfigureAwait(false);
        var shows = positions.Any(p => legs.Contains(p.Contract.ConId) && p.Position is { } quantity && quantity != 0);
        var executions = await context.Gateway.GetExecutionsAsync(new ExecutionFilter(), cancellationToken).ConfigureAwait(false);
        var executed = book.AnyExecuted || executions.Any(x => IsExitOf(position, x.Execution.OrderRef));
        return new ExitRepairFacts(position, book.Facts(), shows, executed, context.Time.GetUtcNow());
    }

    /// <summary>Decides, journals the intents, re-places what the rules allow and returns the alerts (urgent ones included).</summary>
    public async Task<ExitRepairResult> RepairAsync(ExitRepairFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var position = facts.Position;
        var decisions = Decide(facts);
        var replaced = new List<ExitOrder>();
        var alerts = new List<OrderAlert>();
        var plan = ExitBracket.PlanFor(position, context.Options);
        var group = CondorOrders.Group(position.SessionDate, position.TradeId, position.Quantity);
        var combo = CondorOrders.Combo(position.Legs);
        foreach (var decision in decisions)
        {
            var fact = facts.Exits.First(e => e.Role == decision.Role);
            switch (decision.Action)
            {
                case ExitRepairAction.Replace:
                    var exit = await ExitPlacer.PlaceAsync(context, position, plan, group, combo, decision.Role, position.Quantity, cancellationToken).ConfigureAwait(false);
                    replaced.Add(exit);
                    var ok = exit.IsAcknowledged && !ExitBracket.IsDeadAtOnce(exit);
                    alerts.Add(context.Alert(
                        OrderAlertSeverity.Urgent,
                        ok ? "exit-replaced" : "exit-replace-failed",
                        Say($"{fact.OrderRef} was {fact.Condition.ToString().ToLowerInvariant()} ({fact.ErrorCode}); re-placed once as {exit.OrderRef}: {exit.Placement.Outcome} {exit.Placement.Status} {exit.Placement.Reason}").TrimEnd(),
                        position.TradeId));
                    break;
                case ExitRepairAction.Escalate:
                    var text = Say($"{fact.OrderRef} {fact.Condition.ToString().ToLowerInvariant()} ({fact.ErrorCode}): {decision.Reason}. The position may be unprotected.");
                    await context.AuditAsync(AuditKind.Error, text, position.TradeId, cancellationToken).ConfigureAwait(false);
                    alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "exit-unprotected", text, position.TradeId));
                    break;
                default:
                    if (fact.Condition is not ExitCondition.Working and not ExitCondition.Executed)
                    {
                        await context.AuditAsync(AuditKind.Decision, Say($"{fact.OrderRef} {fact.Condition.ToString().ToLowerInvariant()}: not re-placed ({decision.Reason})."), position.TradeId, cancellationToken).ConfigureAwait(false);
                    }

                    break;
            }
        }

        return new ExitRepairResult(decisions, replaced, alerts);
    }

    private static ExitRepairDecision Decide(ExitFact exit) => exit.Condition switch
    {
        ExitCondition.Cancelled when exit.OrderRef.Attempt <= 1 => new(exit.Role, ExitRepairAction.Replace, "cancelled while the position is open: re-placed once"),
        ExitCondition.Cancelled => new(exit.Role, ExitRepairAction.Escalate, Say($"cancelled again (attempt {exit.OrderRef.Attempt}): not re-placed")),
        ExitCondition.Rejected => new(exit.Role, ExitRepairAction.Escalate, "rejected: a rejected order is never re-sent unchanged"),
        ExitCondition.Missing => new(exit.Role, ExitRepairAction.Escalate, "missing at the broker while the position is open"),
        _ => new(exit.Role, ExitRepairAction.None, "working"),
    };

    private static HashSet<int> LegConIds(OpenPosition position) =>
        [position.Legs.LongPutConId, position.Legs.ShortPutConId, position.Legs.ShortCallConId, position.Legs.LongCallConId];

    /// <summary>Whether an orderRef is a closing order (an exit or the kill switch, any attempt) of the position's session (one trade per day).</summary>
    private static bool IsExitOf(OpenPosition position, string orderRef) =>
        OrderRef.TryParse(orderRef, out var parsed)
        && parsed.SessionDate == position.SessionDate
        && parsed.Role is OrderRole.Target or OrderRole.Stop or OrderRole.Time or OrderRole.Kill;

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
