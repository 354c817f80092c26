using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// The messages the experiment's book reports about an order, in the TWS shapes a gateway sends them in (so the
/// one mapping layer turns them into the typed broker events the engine sees from a real gateway).
/// </summary>
internal static class ExperimentWire
{
    public static OrderStatusMessage Status(ExperimentOrder order) => new(
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

    public static OpenOrderMessage Open(ExperimentOrder order, string account) =>
        new(order.OrderId, order.Contract, Echo(order, account), new OrderState { Status = order.Status });

    public static CompletedOrderMessage Completed(ExperimentOrder order, string account) => new(
        order.Contract,
        Echo(order, account) with { FilledQuantity = order.Filled },
        new OrderState
        {
            Status = order.Status,
            CompletedStatus = order.Status,
            CompletedTime = order.CompletedAt is { } at ? IbTime.Format(at) : string.Empty,
        });

    /// <summary>The order as a gateway echoes it: ids, account, OCA type 1 when grouped without a type.</summary>
    public static Order Echo(ExperimentOrder order, string account) => order.Order with
    {
        OrderId = order.OrderId,
        ClientId = order.ClientId,
        PermId = order.PermId,
        Account = account,
        OcaType = string.IsNullOrEmpty(order.Order.OcaGroup) ? 0 : Math.Max(order.Order.OcaType, 1),
    };

    public static ErrorMessage Error(int id, int code, string text) => new(id, code, text, string.Empty);
}
