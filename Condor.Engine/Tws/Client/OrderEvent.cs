using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// Something the gateway said about an order, with the local receive time. <see cref="Message"/> is one of
/// <see cref="OrderStatusMessage"/>, <see cref="OpenOrderMessage"/>, <see cref="ExecDetailsMessage"/> (unsolicited
/// fills), <see cref="CommissionReportMessage"/> or <see cref="ErrorMessage"/> (order errors and order events
/// such as 202 cancelled, 10147/10148 cancel not possible; classify with <c>TwsErrorClassifier</c>).
/// </summary>
/// <param name="OrderId">The order's id; for a commission report the id of the execution it belongs to, or -1 when that execution was not seen.</param>
/// <param name="ReceivedAt">Local receive time (TimeProvider) of the frame.</param>
/// <param name="Message">The decoded message.</param>
internal sealed record OrderEvent(int OrderId, DateTimeOffset ReceivedAt, IIncomingMessage Message)
{
    /// <summary>
    /// The orderRef (intent key) of this client's order the event is about, matched by (clientId, orderId) or
    /// permId; null when the event is about another client's order (or an order this client does not know).
    /// </summary>
    public string? OrderRef { get; init; }

    /// <summary>The order's client id when the message carries one (openOrder, orderStatus, execDetails); null otherwise.</summary>
    public int? ClientId { get; init; }
}
