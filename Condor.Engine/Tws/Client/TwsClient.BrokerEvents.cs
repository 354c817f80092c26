using Condor.Engine.Broker;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Tws.Client;

/// <summary>Typed order events (the mapping layer over the same frames <see cref="SubscribeOrderEvents"/> sees raw).</summary>
internal sealed partial class TwsClient
{
    private readonly Broadcast<BrokerEvent> _brokerEvents = new();

    /// <summary>
    /// The gateway's local zone, named in its connection time (execution times without a zone are in it); null
    /// before the first handshake or when the zone is unknown, and then such a time stays unread (null).
    /// </summary>
    public TimeZoneInfo? GatewayZone => IbTime.ZoneOf(Handshake?.ConnectionTime);

    /// <summary>
    /// Typed order events from now on: <see cref="OrderStatusChanged"/>, unsolicited <see cref="OrderExecuted"/>
    /// (not the answers of <see cref="GetExecutionsAsync"/>), <see cref="CommissionReported"/> and
    /// <see cref="OrderErrorReported"/> (errors whose id is an order id). whatIf answers are not orders and are left out.
    /// </summary>
    public TwsSubscription<BrokerEvent> SubscribeBrokerEvents() => _brokerEvents.Subscribe();

    /// <summary>
    /// This client's order a typed event is about, matched as <see cref="OrderEvent.OrderRef"/> is: by
    /// (clientId, orderId) or permId for statuses and executions, by order id for order errors (IB sends those
    /// only to the order's client), by the execution for commissions. Null when the order is not ours.
    /// </summary>
    public TrackedOrder? OrderOf(BrokerEvent brokerEvent)
    {
        ArgumentNullException.ThrowIfNull(brokerEvent);
        var orderRef = brokerEvent switch
        {
            OrderStatusChanged s => _identities.Resolve(s.ClientId, s.OrderId, s.PermId ?? 0),
            OrderExecuted e => _identities.Resolve(e.ClientId, e.OrderId, e.PermId ?? 0),
            OrderErrorReported e => _identities.Resolve(null, e.OrderId, 0),
            CommissionReported c => _executionOrders.TryGetValue(c.ExecId, out var seen) ? seen.OrderRef : null,
            _ => null,
        };
        return orderRef is null ? null : _identities.Find(orderRef);
    }

    /// <summary>Called by the dispatcher for every message before it is routed.</summary>
    private void PublishBrokerEvent(IIncomingMessage message, DateTimeOffset receivedAt)
    {
        var isOrderEvent = message switch
        {
            OrderStatusMessage s => !(s.ClientId == _identities.ClientId && _whatIfs.ContainsKey(s.OrderId)),
            ExecDetailsMessage e => !(e.ReqId >= 0 && _pending.IsPending(e.ReqId)),
            CommissionReportMessage => true,
            ErrorMessage error => error.Id >= 0 && error.Id < RequestIdAllocator.FirstId && !_whatIfs.ContainsKey(error.Id),
            _ => false,
        };
        if (!isOrderEvent)
        {
            return;
        }

        var typed = message is ErrorMessage orderError
            ? AccountMapping.MapOrderError(orderError, receivedAt)
            : BrokerEventMapping.Map(message, receivedAt, GatewayZone);
        if (typed is null)
        {
            UnreadableOrderEvent(_logger, message.GetType().Name, message.ToString() ?? string.Empty);
            return;
        }

        _brokerEvents.Publish(typed);
    }

    [LoggerMessage(EventId = 3120, Level = LogLevel.Error, Message = "TWS {Kind} could not be read as a typed order event (reconcile): {Message}")]
    private static partial void UnreadableOrderEvent(ILogger logger, string kind, string message);
}
