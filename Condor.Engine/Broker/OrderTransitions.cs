using static Condor.Engine.Broker.OrderPhase;
using static Condor.Engine.Broker.OrderTransitionKind;
using static Condor.Engine.Broker.OrderTrigger;

namespace Condor.Engine.Broker;

/// <summary>
/// The order lifecycle as data: every possible (phase, trigger) pair and what it does. A pair not listed is
/// impossible (<see cref="OrderTransitionException"/>). Facts behind the rows:
/// <list type="bullet">
/// <item>IB sends duplicate statuses, and a replay after a reconnect can deliver an older one late: a report
/// behind the order's phase is kept (no change), never an error.</item>
/// <item>A cancel is a request, not a fact: the order may fill first (CancelRequested → Filled), and IB may refuse
/// it (10147 not found, 10148 cannot be cancelled, 161 not in a cancellable state) or report the order working again
/// (Submitted after PendingCancel): the order is then back where it was.</item>
/// <item>A modification is acknowledged by the order's next working status; a refused one leaves the order as it was.</item>
/// <item>Inactive is not terminal at IB: a reactivated, cancelled or filled report moves it on.</item>
/// <item>A Filled report after Cancelled is a fill that beat the cancel: the fill is the fact.</item>
/// </list>
/// Filled quantities are handled by <see cref="OrderLifecycle"/>: a status whose filled quantity is below the
/// order's is stale and ignored whatever its row says.
/// </summary>
internal static class OrderTransitions
{
    private static readonly OrderTrigger[] Statuses =
        [StatusPendingSubmit, StatusPreSubmitted, StatusSubmitted, StatusPendingCancel, StatusCancelled, StatusInactive, StatusFilled];

    /// <summary>Every row of the table.</summary>
    public static IReadOnlyList<OrderTransition> All { get; } =
    [
        // Journaled, not sent. Statuses may arrive before Condor records the send.
        new(Intent, Sent, Move, PendingSubmit),
        new(Intent, StatusPendingSubmit, Move, PendingSubmit),
        new(Intent, StatusPreSubmitted, Move, PreSubmitted),
        new(Intent, StatusSubmitted, Move, Submitted),
        new(Intent, StatusPendingCancel, Move, PendingCancel),
        new(Intent, StatusCancelled, Move, Cancelled),
        new(Intent, StatusInactive, Move, Inactive),
        new(Intent, StatusFilled, Move, Filled),

        // Sent, not yet accepted.
        new(PendingSubmit, StatusPendingSubmit, Keep),
        new(PendingSubmit, StatusPreSubmitted, Move, PreSubmitted),
        new(PendingSubmit, StatusSubmitted, Move, Submitted),
        new(PendingSubmit, StatusPendingCancel, Move, PendingCancel),
        new(PendingSubmit, StatusCancelled, Move, Cancelled),
        new(PendingSubmit, StatusInactive, Move, Inactive),
        new(PendingSubmit, StatusFilled, Move, Filled),
        new(PendingSubmit, CancelSent, Move, CancelRequested),
        new(PendingSubmit, CancelRejected, Keep),
        new(PendingSubmit, ModifyRejected, Keep),

        // Held by IB.
        new(PreSubmitted, StatusPendingSubmit, Keep),
        new(PreSubmitted, StatusPreSubmitted, Keep),
        new(PreSubmitted, StatusSubmitted, Move, Submitted),
        new(PreSubmitted, StatusPendingCancel, Move, PendingCancel),
        new(PreSubmitted, StatusCancelled, Move, Cancelled),
        new(PreSubmitted, StatusInactive, Move, Inactive),
        new(PreSubmitted, StatusFilled, Move, Filled),
        new(PreSubmitted, CancelSent, Move, CancelRequested),
        new(PreSubmitted, CancelRejected, Keep),
        new(PreSubmitted, ModifySent, Move, PendingModify),
        new(PreSubmitted, ModifyRejected, Keep),

        // Working.
        new(Submitted, StatusPendingSubmit, Keep),
        new(Submitted, StatusPreSubmitted, Keep),
        new(Submitted, StatusSubmitted, Keep),
        new(Submitted, StatusPendingCancel, Move, PendingCancel),
        new(Submitted, StatusCancelled, Move, Cancelled),
        new(Submitted, StatusInactive, Move, Inactive),
        new(Submitted, StatusFilled, Move, Filled),
        new(Submitted, CancelSent, Move, CancelRequested),
        new(Submitted, CancelRejected, Keep),
        new(Submitted, ModifySent, Move, PendingModify),
        new(Submitted, ModifyRejected, Keep),

        // Cancel sent, IB silent so far: working reports were sent before the cancel reached IB.
        new(CancelRequested, StatusPendingSubmit, Keep),
        new(CancelRequested, StatusPreSubmitted, Keep),
        new(CancelRequested, StatusSubmitted, Keep),
        new(CancelRequested, StatusPendingCancel, Move, PendingCancel),
        new(CancelRequested, StatusCancelled, Move, Cancelled),
        new(CancelRequested, StatusInactive, Move, Inactive),
        new(CancelRequested, StatusFilled, Move, Filled),
        new(CancelRequested, CancelSent, Keep),
        new(CancelRequested, CancelRejected, Restore),
        new(CancelRequested, ModifyRejected, Keep),

        // IB reports the cancel pending: a working report now means IB kept the order.
        new(PendingCancel, StatusPendingSubmit, Keep),
        new(PendingCancel, StatusPreSubmitted, Move, PreSubmitted),
        new(PendingCancel, StatusSubmitted, Move, Submitted),
        new(PendingCancel, StatusPendingCancel, Keep),
        new(PendingCancel, StatusCancelled, Move, Cancelled),
        new(PendingCancel, StatusInactive, Move, Inactive),
        new(PendingCancel, StatusFilled, Move, Filled),
        new(PendingCancel, CancelSent, Keep),
        new(PendingCancel, CancelRejected, Restore),
        new(PendingCancel, ModifyRejected, Keep),

        // Modification sent.
        new(PendingModify, StatusPendingSubmit, Keep),
        new(PendingModify, StatusPreSubmitted, Acknowledge, PreSubmitted),
        new(PendingModify, StatusSubmitted, Acknowledge, Submitted),
        new(PendingModify, StatusPendingCancel, Move, PendingCancel),
        new(PendingModify, StatusCancelled, Move, Cancelled),
        new(PendingModify, StatusInactive, Move, Inactive),
        new(PendingModify, StatusFilled, Move, Filled),
        new(PendingModify, CancelSent, Move, CancelRequested),
        new(PendingModify, CancelRejected, Keep),
        new(PendingModify, ModifyRejected, Restore),

        // Filled: every later report is a duplicate or stale; a refused cancel or modification came too late.
        .. Statuses.Select(s => new OrderTransition(Filled, s, Keep)),
        new(Filled, CancelRejected, Keep),
        new(Filled, ModifyRejected, Keep),

        // Cancelled: later reports are stale, except a fill that beat the cancel.
        .. Statuses.Where(s => s != StatusFilled).Select(s => new OrderTransition(Cancelled, s, Keep)),
        new(Cancelled, StatusFilled, Move, Filled),
        new(Cancelled, CancelRejected, Keep),
        new(Cancelled, ModifyRejected, Keep),

        // Inactive: IB may reactivate, cancel or fill it.
        new(Inactive, StatusPendingSubmit, Keep),
        new(Inactive, StatusPreSubmitted, Move, PreSubmitted),
        new(Inactive, StatusSubmitted, Move, Submitted),
        new(Inactive, StatusPendingCancel, Move, PendingCancel),
        new(Inactive, StatusCancelled, Move, Cancelled),
        new(Inactive, StatusInactive, Keep),
        new(Inactive, StatusFilled, Move, Filled),
        new(Inactive, CancelSent, Move, CancelRequested),
        new(Inactive, CancelRejected, Keep),
        new(Inactive, ModifyRejected, Keep),
    ];

    private static readonly Dictionary<(OrderPhase, OrderTrigger), OrderTransition> ByKey =
        All.ToDictionary(t => (t.From, t.Trigger));

    /// <summary>The row for a pair; null when the transition is impossible.</summary>
    public static OrderTransition? Find(OrderPhase from, OrderTrigger trigger) =>
        ByKey.TryGetValue((from, trigger), out var row) ? row : null;

    /// <summary>The trigger of an IB status.</summary>
    public static OrderTrigger TriggerOf(OrderStatus status) => status switch
    {
        OrderStatus.ApiPending or OrderStatus.PendingSubmit => StatusPendingSubmit,
        OrderStatus.PreSubmitted => StatusPreSubmitted,
        OrderStatus.Submitted => StatusSubmitted,
        OrderStatus.PendingCancel => StatusPendingCancel,
        OrderStatus.ApiCancelled or OrderStatus.Cancelled => StatusCancelled,
        OrderStatus.Inactive => StatusInactive,
        OrderStatus.Filled => StatusFilled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an IB order status."),
    };
}
