namespace Condor.Engine.Broker;

/// <summary>
/// An orderStatus report. Quantities are cumulative for the order (<paramref name="Filled"/> never decreases on a
/// live order; a smaller one is a stale report). orderStatus carries no gateway time; only the local receive time.
/// </summary>
/// <param name="ClientId">The API client that placed the order (0 = TWS itself / the master client).</param>
/// <param name="OrderId">The order id that client used.</param>
/// <param name="PermId">IB's permanent id; null before the gateway assigned one.</param>
/// <param name="Status">The typed status.</param>
/// <param name="Filled">Filled so far (0 when the gateway left it unset).</param>
/// <param name="Remaining">Still working; null when unset.</param>
/// <param name="AvgFillPrice">Average fill price so far; null when nothing filled (IB sends 0 or unset).</param>
/// <param name="LastFillPrice">Price of the last fill; null when nothing filled.</param>
/// <param name="ParentId">Parent order id of a bracket child; 0 when none.</param>
/// <param name="WhyHeld">IB's reason for holding the order (e.g. "locate"); empty when not held.</param>
/// <param name="ReceivedAt">Local receive time of the frame.</param>
internal sealed record OrderStatusChanged(
    int ClientId,
    int OrderId,
    long? PermId,
    OrderStatus Status,
    decimal Filled,
    decimal? Remaining,
    decimal? AvgFillPrice,
    decimal? LastFillPrice,
    int ParentId,
    string WhyHeld,
    DateTimeOffset ReceivedAt) : BrokerEvent(ReceivedAt);
