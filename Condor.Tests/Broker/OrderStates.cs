using Condor.Engine.Broker;

namespace Condor.Tests.Broker;

/// <summary>Orders brought into each phase by real events (no shortcut through the table), for lifecycle tests.</summary>
internal static class OrderStates
{
    public static readonly OrderTerms Terms = new(1, -1.50m, null);

    public static readonly OrderTerms NewTerms = new(1, -1.45m, null);

    public static OrderLifecycle In(OrderPhase phase) => phase switch
    {
        OrderPhase.Intent => OrderLifecycle.New(Terms),
        OrderPhase.PendingSubmit => In(OrderPhase.Intent).Apply(OrderLifecycleEvent.Sent),
        OrderPhase.PreSubmitted => In(OrderPhase.PendingSubmit).Apply(Status(OrderStatus.PreSubmitted)),
        OrderPhase.Submitted => In(OrderPhase.PendingSubmit).Apply(Status(OrderStatus.Submitted)),
        OrderPhase.CancelRequested => In(OrderPhase.Submitted).Apply(OrderLifecycleEvent.CancelSent),
        OrderPhase.PendingCancel => In(OrderPhase.CancelRequested).Apply(Status(OrderStatus.PendingCancel)),
        OrderPhase.PendingModify => In(OrderPhase.Submitted).Apply(OrderLifecycleEvent.ModifySent(NewTerms)),
        OrderPhase.Filled => In(OrderPhase.Submitted).Apply(Status(OrderStatus.Filled, filled: 1)),
        OrderPhase.Cancelled => In(OrderPhase.Submitted).Apply(Status(OrderStatus.Cancelled)),
        OrderPhase.Inactive => In(OrderPhase.PendingSubmit).Apply(Status(OrderStatus.Inactive)),
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public static OrderLifecycleEvent Status(OrderStatus status, decimal filled = 0, decimal? remaining = null, decimal? avgFillPrice = null) =>
        OrderLifecycleEvent.Status(status, filled, remaining ?? 1 - filled, avgFillPrice);

    /// <summary>An event of the trigger; a status carries the order's current fill (so only the table decides).</summary>
    public static OrderLifecycleEvent EventFor(OrderTrigger trigger, OrderLifecycle order) => trigger switch
    {
        OrderTrigger.Sent => OrderLifecycleEvent.Sent,
        OrderTrigger.StatusPendingSubmit => Status(OrderStatus.PendingSubmit, order.Filled),
        OrderTrigger.StatusPreSubmitted => Status(OrderStatus.PreSubmitted, order.Filled),
        OrderTrigger.StatusSubmitted => Status(OrderStatus.Submitted, order.Filled),
        OrderTrigger.StatusPendingCancel => Status(OrderStatus.PendingCancel, order.Filled),
        OrderTrigger.StatusCancelled => Status(OrderStatus.Cancelled, order.Filled),
        OrderTrigger.StatusInactive => Status(OrderStatus.Inactive, order.Filled),
        OrderTrigger.StatusFilled => Status(OrderStatus.Filled, order.Filled),
        OrderTrigger.CancelSent => OrderLifecycleEvent.CancelSent,
        OrderTrigger.CancelRejected => OrderLifecycleEvent.CancelRejected,
        OrderTrigger.ModifySent => OrderLifecycleEvent.ModifySent(NewTerms),
        OrderTrigger.ModifyRejected => OrderLifecycleEvent.ModifyRejected,
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };
}
