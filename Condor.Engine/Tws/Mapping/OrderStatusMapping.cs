using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Tws.Mapping;

/// <summary>orderStatus → <see cref="OrderStatusChanged"/>; the status text is IB's documented set, matched exactly.</summary>
internal static class OrderStatusMapping
{
    /// <summary>The typed status of IB's text; null for a text IB does not document (kept as text by the caller, never guessed).</summary>
    public static OrderStatus? ParseStatus(string? text) => text switch
    {
        "ApiPending" => OrderStatus.ApiPending,
        "PendingSubmit" => OrderStatus.PendingSubmit,
        "PreSubmitted" => OrderStatus.PreSubmitted,
        "Submitted" => OrderStatus.Submitted,
        "ApiCancelled" => OrderStatus.ApiCancelled,
        "PendingCancel" => OrderStatus.PendingCancel,
        "Cancelled" => OrderStatus.Cancelled,
        "Filled" => OrderStatus.Filled,
        "Inactive" => OrderStatus.Inactive,
        _ => null,
    };

    /// <summary>The typed report; null when the status text is not one IB documents.</summary>
    public static OrderStatusChanged? Map(OrderStatusMessage message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (ParseStatus(message.Status) is not { } status)
        {
            return null;
        }

        var filled = message.Filled ?? 0m;
        return new OrderStatusChanged(
            message.ClientId,
            message.OrderId,
            message.PermId > 0 ? message.PermId : null,
            status,
            filled,
            message.Remaining,
            FillPrice(message.AvgFillPrice, filled),
            FillPrice(message.LastFillPrice, filled),
            message.ParentId,
            message.WhyHeld,
            receivedAt);
    }

    /// <summary>IB sends 0 as the fill price of an order with nothing filled; that is "no price", not a price of 0.</summary>
    private static decimal? FillPrice(decimal? price, decimal filled) => filled == 0 && price == 0 ? null : price;
}
