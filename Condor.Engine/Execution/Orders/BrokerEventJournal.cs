using Condor.Engine.Broker;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Journals a typed broker event (status, execution, commission, order error) through <see cref="IJournal"/>, which
/// is per mode and idempotent (the same event twice changes nothing). The chase journals its own order's events;
/// <see cref="PositionWatch"/> the exits'; the engine may pass every event here as well.
/// </summary>
internal static class BrokerEventJournal
{
    /// <summary>Records the event when it is one the journal keeps; true when it changed anything.</summary>
    public static Task<bool> RecordAsync(IJournal journal, BrokerEvent brokerEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(brokerEvent);
        return brokerEvent switch
        {
            OrderStatusChanged s => journal.RecordOrderStatusAsync(StatusOf(s), cancellationToken),
            OrderExecuted x => journal.RecordExecutionAsync(ExecutionOf(x), cancellationToken),
            CommissionReported { Commission: { } commission } c =>
                journal.RecordCommissionAsync(new CommissionReport(c.ExecId, commission, c.Currency), cancellationToken),
            OrderErrorReported e => journal.RecordOrderErrorAsync(e, cancellationToken),
            _ => Task.FromResult(false),
        };
    }

    public static OrderStatusUpdate StatusOf(OrderStatusChanged s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new OrderStatusUpdate(s.OrderId, s.Status.ToString(), s.Filled, s.Remaining ?? 0m, s.AvgFillPrice ?? 0m, s.PermId, s.ClientId);
    }

    /// <summary>The journal's execution: the price positive (a combo's BAG report may carry a negative one), the side kept.</summary>
    public static ExecutionReport ExecutionOf(OrderExecuted x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return new ExecutionReport(
            x.ExecId,
            x.OrderId,
            x.PermId,
            string.IsNullOrEmpty(x.OrderRef) ? null : x.OrderRef,
            x.ConId,
            x.IsCombo,
            x.Side == FillSide.Bought ? ExecutionSide.Bought : ExecutionSide.Sold,
            (int)x.Quantity,
            Math.Abs(x.Price),
            x.ExecutedAt ?? x.ReceivedAt,
            x.ClientId);
    }
}
