namespace Condor.Engine.Tws.Client;

/// <summary>The gateway acknowledged an order: its first openOrder or orderStatus after placeOrder.</summary>
/// <param name="OrderId">The order id used on the wire.</param>
/// <param name="Status">The status the acknowledgement carried (PreSubmitted, Submitted, Filled...).</param>
/// <param name="ReceivedAt">Local receive time of the acknowledgement.</param>
internal sealed record OrderAck(int OrderId, string Status, DateTimeOffset ReceivedAt);
