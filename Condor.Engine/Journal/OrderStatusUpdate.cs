namespace Condor.Engine.Journal;

/// <summary>
/// A TWS orderStatus event (status text as TWS sends it: Submitted, Filled, Cancelled ...). It is matched to
/// an order by <paramref name="PermId"/>, else by (<paramref name="ClientId"/>, <paramref name="OrderId"/>):
/// another client's order with the same id is not ours. A null client id matches any (legacy callers).
/// </summary>
internal sealed record OrderStatusUpdate(
    int OrderId, string Status, decimal Filled, decimal Remaining, decimal AvgFillPrice, long? PermId = null, int? ClientId = null);
