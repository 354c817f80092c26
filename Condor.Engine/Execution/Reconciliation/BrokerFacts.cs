using System.Globalization;
using Condor.Engine.Journal;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>The gateway's answers (TWS messages) as reconciliation facts (pure).</summary>
internal static class BrokerFacts
{
    public static BrokerOrder FromOpen(OpenOrderMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var o = message.Order;
        return new BrokerOrder(o.ClientId, message.OrderId, o.PermId, o.OrderRef, message.OrderState.Status, o.Action,
            o.OrderType, o.TotalQuantity, 0, o.OcaGroup, LegsOf(message.Contract), Completed: false, Describe(message.Contract, o));
    }

    public static BrokerOrder FromCompleted(CompletedOrderMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var o = message.Order;
        return new BrokerOrder(0, 0, o.PermId, o.OrderRef, message.OrderState.Status, o.Action, o.OrderType,
            o.TotalQuantity, o.FilledQuantity ?? 0, o.OcaGroup, LegsOf(message.Contract), Completed: true, Describe(message.Contract, o));
    }

    /// <summary>
    /// The execution as the journal records it; null when its side, quantity or price cannot be read (never guessed).
    /// The price is kept positive (a combo fills at a negative price on the wire; its side says which way).
    /// </summary>
    /// <param name="message">The execDetails answer.</param>
    /// <param name="now">Receive time: stands in for an execution time the gateway wrote without a readable zone.</param>
    /// <param name="gatewayZone">The gateway's zone, for times without one.</param>
    public static ExecutionReport? FromExecution(ExecDetailsMessage message, DateTimeOffset now, TimeZoneInfo? gatewayZone)
    {
        if (ExecutionMapping.Map(message, now, gatewayZone) is not { } e || e.Quantity != decimal.Truncate(e.Quantity))
        {
            return null;
        }

        return new ExecutionReport(e.ExecId, e.OrderId, e.PermId, e.OrderRef.Length == 0 ? null : e.OrderRef, e.ConId, e.IsCombo,
            e.Side == Broker.FillSide.Bought ? ExecutionSide.Bought : ExecutionSide.Sold, (int)e.Quantity, Math.Abs(e.Price),
            e.ExecutedAt ?? now, e.ClientId);
    }

    public static BrokerPosition? FromPosition(PositionMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        return AccountMapping.MapPosition(message, now) is { } p
            ? new BrokerPosition(p.Account, p.ConId, p.Quantity, Describe(message.Contract))
            : null;
    }

    private static IReadOnlyList<int> LegsOf(Contract contract) =>
        contract.IsBag ? [.. contract.ComboLegs.Select(l => l.ConId)] : [contract.ConId];

    private static string Describe(Contract contract, Order order) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{order.Action} {order.TotalQuantity} {Describe(contract)} {order.OrderType}{(order.LmtPrice is { } l ? " " + l.ToString(CultureInfo.InvariantCulture) : "")}{(order.AuxPrice is { } a ? " aux " + a.ToString(CultureInfo.InvariantCulture) : "")}");

    private static string Describe(Contract contract) => contract.SecType switch
    {
        "OPT" or "FOP" => string.Create(CultureInfo.InvariantCulture,
            $"{contract.Symbol} {contract.LastTradeDateOrContractMonth} {contract.Strike}{contract.Right}"),
        "BAG" => $"{contract.Symbol} combo ({contract.ComboLegs.Count} legs)",
        _ => $"{contract.Symbol} {contract.SecType}",
    };
}
