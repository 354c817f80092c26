namespace Condor.Engine.Journal;

/// <summary>A TWS orderStatus event (status text as TWS sends it: Submitted, Filled, Cancelled ...).</summary>
internal sealed record OrderStatusUpdate(
    int OrderId, string Status, decimal Filled, decimal Remaining, decimal AvgFillPrice, long? PermId = null);
