namespace Condor.Engine.Tws.Client;

/// <summary>One of this client's orders: its intent key, and the ids the gateway knows it by once known.</summary>
/// <param name="OrderRef">The intent's key (Order.orderRef).</param>
/// <param name="OrderId">The order id allocated just before sending; null before.</param>
/// <param name="PermId">IB's permanent id, once an openOrder, orderStatus or execution carried it; null before.</param>
internal sealed record TrackedOrder(string OrderRef, int? OrderId, long? PermId);
