namespace Condor.Engine.Broker;

/// <summary>
/// One input to <see cref="OrderLifecycle.Apply"/>: a trigger and, for a status, the order's cumulative fill as
/// IB reported it; for a modification request, the new terms.
/// </summary>
internal sealed record OrderLifecycleEvent
{
    private OrderLifecycleEvent(OrderTrigger trigger, OrderFill? fill = null, OrderTerms? terms = null)
    {
        Trigger = trigger;
        Fill = fill;
        Terms = terms;
    }

    public OrderTrigger Trigger { get; }

    /// <summary>The cumulative fill a status reported; null for the other triggers.</summary>
    public OrderFill? Fill { get; }

    /// <summary>The new terms of a modification request; null otherwise.</summary>
    public OrderTerms? Terms { get; }

    public static OrderLifecycleEvent Sent { get; } = new(OrderTrigger.Sent);

    public static OrderLifecycleEvent CancelSent { get; } = new(OrderTrigger.CancelSent);

    public static OrderLifecycleEvent CancelRejected { get; } = new(OrderTrigger.CancelRejected);

    public static OrderLifecycleEvent ModifyRejected { get; } = new(OrderTrigger.ModifyRejected);

    public static OrderLifecycleEvent ModifySent(OrderTerms terms) =>
        new(OrderTrigger.ModifySent, terms: terms ?? throw new ArgumentNullException(nameof(terms)));

    /// <summary>An orderStatus report with the order's cumulative fill.</summary>
    public static OrderLifecycleEvent Status(OrderStatus status, decimal filled, decimal? remaining, decimal? avgFillPrice) =>
        new(OrderTransitions.TriggerOf(status), new OrderFill(filled, remaining, avgFillPrice));

    public static OrderLifecycleEvent Status(OrderStatusChanged report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Status(report.Status, report.Filled, report.Remaining, report.AvgFillPrice);
    }

    /// <summary>
    /// The lifecycle meaning of an order error, given the phase the order is in; null when the error does not change
    /// the lifecycle (the status reports that follow it do). IB codes: 10147 (order to cancel not found), 10148 (order
    /// cannot be cancelled, e.g. state Filled), 161 (cancel attempted when not cancellable) refuse a cancel; 104
    /// (cannot modify a filled order), 105 (modification does not match the original order) and, while a
    /// modification is pending, 201 (order rejected) refuse a modification.
    /// </summary>
    public static OrderLifecycleEvent? ForError(int code, OrderPhase phase) => code switch
    {
        10147 or 10148 or 161 => CancelRejected,
        104 or 105 => ModifyRejected,
        201 when phase == OrderPhase.PendingModify => ModifyRejected,
        _ => null,
    };
}
