using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Mapping;

/// <summary>
/// One entry point from a decoded gateway message to the typed event it reports, for the messages that are
/// events (order statuses, executions, commissions, positions, account values). Null for any
/// other message, and for one the typed layer cannot read (an undocumented status, an execution without side).
/// An error is an order's only when its id is an order id, which the client knows: <see cref="AccountMapping.MapOrderError"/>.
/// </summary>
internal static class BrokerEventMapping
{
    /// <param name="message">The decoded message.</param>
    /// <param name="receivedAt">Local receive time of the frame.</param>
    /// <param name="gatewayZone">The gateway's local zone (times without a zone are in it); null when unknown.</param>
    public static BrokerEvent? Map(IIncomingMessage message, DateTimeOffset receivedAt, TimeZoneInfo? gatewayZone) => message switch
    {
        OrderStatusMessage m => OrderStatusMapping.Map(m, receivedAt),
        ExecDetailsMessage m => ExecutionMapping.Map(m, receivedAt, gatewayZone),
        CommissionReportMessage m => AccountMapping.MapCommission(m, receivedAt),
        PositionMessage m => AccountMapping.MapPosition(m, receivedAt),
        AccountSummaryMessage m => AccountMapping.MapAccountValue(m, receivedAt),
        _ => null,
    };
}
