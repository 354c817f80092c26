namespace Condor.Engine.Execution.Orders;

/// <summary>A step of the chase as it happens (for the engine's snapshot and events: the working entry's price).</summary>
/// <param name="At">The clock's time.</param>
/// <param name="OrderRef">The entry's orderRef.</param>
/// <param name="What">Placed, Repriced, Held (the ladder kept the price or gave none), RepriceRefused, CancelSent, Ended.</param>
/// <param name="LimitCredit">The working limit credit (positive).</param>
/// <param name="Step">The ladder's step index.</param>
/// <param name="Filled">Contracts filled so far.</param>
/// <param name="Reason">The ladder's reason (Held) or the gateway's (RepriceRefused).</param>
internal sealed record EntryProgress(DateTimeOffset At, string OrderRef, string What, decimal? LimitCredit, int Step, decimal Filled, string? Reason = null);
