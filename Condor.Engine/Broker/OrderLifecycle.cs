namespace Condor.Engine.Broker;

/// <summary>
/// One order's state, moved only by <see cref="Apply"/> through the <see cref="OrderTransitions"/> table: its phase,
/// its terms (and those of a modification in flight), the cumulative fill and the phase to go back to when IB refuses
/// a cancel or a modification. Immutable; Apply returns the next state.
/// </summary>
internal sealed record OrderLifecycle
{
    private OrderLifecycle(OrderPhase phase, OrderTerms terms)
    {
        Phase = phase;
        Terms = terms;
    }

    public OrderPhase Phase { get; private init; }

    /// <summary>The terms the order works with (those IB acknowledged last).</summary>
    public OrderTerms Terms { get; private init; }

    /// <summary>The terms of the modification in flight; null when none.</summary>
    public OrderTerms? PendingTerms { get; private init; }

    /// <summary>The phase a refused cancel or modification goes back to; null when none is in flight.</summary>
    public OrderPhase? RestorePhase { get; private init; }

    public decimal Filled { get; private init; }

    /// <summary>What is still to fill: IB's last figure, or the terms' quantity less the fill when IB gave none.</summary>
    public decimal Remaining => ReportedRemaining ?? Math.Max(0, Terms.Quantity - Filled);

    public decimal? AvgFillPrice { get; private init; }

    /// <summary>Filled or cancelled: nothing more will happen at IB (except a late fill of a cancelled order).</summary>
    public bool IsDone => Phase is OrderPhase.Filled or OrderPhase.Cancelled;

    private decimal? ReportedRemaining { get; init; }

    /// <summary>A journaled order not yet sent.</summary>
    public static OrderLifecycle New(OrderTerms terms) => new(OrderPhase.Intent, terms ?? throw new ArgumentNullException(nameof(terms)));

    /// <summary>The state as stored (e.g. by the journal): phase, fill and the phase a refusal goes back to.</summary>
    public static OrderLifecycle Restored(OrderPhase phase, OrderTerms terms, OrderFill fill, OrderPhase? restorePhase)
    {
        ArgumentNullException.ThrowIfNull(fill);
        return New(terms) with
        {
            Phase = phase,
            Filled = fill.Filled,
            ReportedRemaining = fill.Remaining,
            AvgFillPrice = fill.AvgFillPrice,
            RestorePhase = restorePhase,
        };
    }

    /// <summary>The next state after <paramref name="e"/>.</summary>
    /// <exception cref="OrderTransitionException">The transition is impossible (a bug or a mix-up of orders).</exception>
    public OrderLifecycle Apply(OrderLifecycleEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Fill is { } stale && stale.Filled < Filled)
        {
            return this; // a status from before a fill we already know of: stale, ignored
        }

        var row = OrderTransitions.Find(Phase, e.Trigger) ?? throw new OrderTransitionException(Phase, e.Trigger);
        var next = row.Kind switch
        {
            OrderTransitionKind.Keep => this,
            OrderTransitionKind.Restore => this with { Phase = RestorePhase ?? OrderPhase.Submitted, PendingTerms = null, RestorePhase = null },
            OrderTransitionKind.Acknowledge => this with { Phase = row.To!.Value, Terms = PendingTerms ?? Terms, PendingTerms = null, RestorePhase = null },
            _ => MoveTo(row.To!.Value, e),
        };
        return e.Fill is { } fill && (row.Kind != OrderTransitionKind.Keep || fill.Filled > Filled)
            ? next with { Filled = fill.Filled, ReportedRemaining = fill.Remaining, AvgFillPrice = fill.AvgFillPrice ?? next.AvgFillPrice }
            : next;
    }

    private OrderLifecycle MoveTo(OrderPhase to, OrderLifecycleEvent e)
    {
        var awaitsAnswer = to is OrderPhase.CancelRequested or OrderPhase.PendingCancel or OrderPhase.PendingModify;
        var restore = !awaitsAnswer ? null
            : Phase is OrderPhase.CancelRequested or OrderPhase.PendingCancel or OrderPhase.PendingModify ? RestorePhase
            : Phase == OrderPhase.Intent ? null
            : Phase;
        return this with
        {
            Phase = to,
            RestorePhase = restore,
            PendingTerms = to == OrderPhase.PendingModify ? e.Terms : null,
        };
    }
}
