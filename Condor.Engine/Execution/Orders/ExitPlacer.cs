using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Places one exit of a position: intent journaled first (the journal numbers the attempt: a re-placement gets
/// <c>...:&lt;n+1&gt;</c>), then the order, then its id attached to the intent. Shared by the bracket and the repair.
/// </summary>
internal static class ExitPlacer
{
    public static async Task<ExitOrder> PlaceAsync(
        OrderContext context, OpenPosition position, ExitPlan plan, ExitGroup group, Contract combo, OrderRole role, int quantity,
        CancellationToken cancellationToken)
    {
        var draft = CondorOrders.ExitFor(role, plan, quantity, group, new OrderRef(position.SessionDate, role, 1), position.Account);
        var goodAfter = role == OrderRole.Time ? plan.TimeExitAt : (DateTimeOffset?)null;
        var intent = await context.Journal.RecordOrderIntentAsync(CondorOrders.IntentOf(position.TradeId, role, draft, goodAfter), cancellationToken).ConfigureAwait(false);
        var order = draft with { OrderRef = intent.OrderRef.ToString() };
        OrderPlacement placement;
        try
        {
            placement = await context.Gateway.PlaceOrderAsync(combo, order, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TwsConnectionLostException or TwsAccountRefusedException)
        {
            placement = new OrderPlacement(order.OrderRef, 0, PlacementOutcome.Unknown, string.Empty, context.Time.GetUtcNow(), null, "not sent: " + ex.Message);
        }

        if (context.Gateway.FindOrder(order.OrderRef) is { OrderId: { } orderId })
        {
            await context.Journal.AttachOrderIdAsync(intent.OrderRef, context.ClientId, orderId, cancellationToken).ConfigureAwait(false);
        }

        var text = FormattableString.Invariant(
            $"Exit {order.OrderRef}: SELL {quantity} {order.OrderType} limit {order.LmtPrice} aux {order.AuxPrice} {order.GoodAfterTime} OCA {group.Name} type {group.OcaType} → {placement.Outcome} {placement.Status} {placement.ErrorCode} {placement.Reason}").TrimEnd();
        await context.AuditAsync(placement.Outcome == PlacementOutcome.Acknowledged ? AuditKind.OrderAction : AuditKind.Error, text, position.TradeId, cancellationToken).ConfigureAwait(false);
        OrdersLog.Action(context.Logger, context.Journal.Mode, text);
        return new ExitOrder(role, intent.OrderRef, order, placement);
    }
}
