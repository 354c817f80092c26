using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>The messages the book sends about an order, built from its state.</summary>
internal static class OrderWire
{
    public static OrderStatusMessage Status(BookOrder order) => new(
        order.OrderId,
        order.Status,
        order.Filled,
        order.Remaining,
        order.AverageFillPrice ?? 0,
        order.PermId,
        0,
        order.LastFillPrice ?? 0,
        order.ClientId,
        string.Empty,
        0);

    public static OpenOrderMessage Open(BookOrder order, string account) =>
        new(order.OrderId, order.Contract, Echo(order, account), new OrderState { Status = order.Status });

    public static CompletedOrderMessage Completed(BookOrder order, string account) => new(
        order.Contract,
        Echo(order, account) with { FilledQuantity = order.Filled },
        new OrderState
        {
            Status = order.Status,
            CompletedStatus = order.Status,
            CompletedTime = order.CompletedAt is { } at ? GatewayTime.Format(at) : string.Empty,
        });

    public static Order Echo(BookOrder order, string account) => order.Order with
    {
        OrderId = order.OrderId,
        ClientId = order.ClientId,
        PermId = order.PermId,
        Account = account,
        OcaType = string.IsNullOrEmpty(order.Order.OcaGroup) ? 0 : Math.Max(order.Order.OcaType, 1),
    };

    public static ErrorMessage Error(int id, int code, string text) => new(id, code, text, string.Empty);

    /// <summary>A BAG contract as the gateway echoes it: combo conId, legs kept, legs description <c>conId|±ratio</c>.</summary>
    public static Contract Bag(Contract placed, IReadOnlyList<Contract> legs, IReadOnlyList<ComboLeg> model) => placed with
    {
        ConId = GatewayContracts.ComboConId,
        SecType = "BAG",
        Right = "?",
        Strike = 0,
        Exchange = string.IsNullOrEmpty(placed.Exchange) ? "SMART" : placed.Exchange,
        Currency = string.IsNullOrEmpty(placed.Currency) ? "USD" : placed.Currency,
        LocalSymbol = GatewayContracts.ComboConId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TradingClass = "COMB",
        ComboLegsDescription = string.Join(
            ',',
            legs.Select((c, i) => FormattableString.Invariant($"{c.ConId}|{(model[i].Side == TradeSide.Buy ? 1 : -1) * model[i].Ratio}"))),
    };
}
