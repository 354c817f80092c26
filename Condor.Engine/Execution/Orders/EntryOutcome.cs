namespace Condor.Engine.Execution.Orders;

/// <summary>How phase 7 ended.</summary>
internal enum EntryOutcome
{
    /// <summary>The whole quantity filled.</summary>
    Filled,

    /// <summary>Part filled by the deadline; the rest was cancelled (see <see cref="EntryResult.CancellationConfirmed"/>): protect the filled part.</summary>
    PartialAtDeadline,

    /// <summary>Nothing filled; the order was cancelled (confirmed) and the trade abandoned.</summary>
    Unfilled,

    /// <summary>The gateway refused the entry (or a re-price) definitively; nothing is working.</summary>
    Rejected,

    /// <summary>The ladder gave no price (mid below the minimum credit, deadline passed, no quote): nothing journaled, nothing sent.</summary>
    NotSent,

    /// <summary>The gateway did not answer (placement or cancellation unknown): reconcile before anything else.</summary>
    Unknown,
}
