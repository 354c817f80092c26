namespace Condor.Engine.Execution.Reconciliation;

/// <summary>The one thing a cell of <see cref="ReconciliationTable"/> does. Only <see cref="ReattachExits"/> sends anything to the broker.</summary>
internal enum ReconciliationAction
{
    /// <summary>Nothing of ours exists anywhere: nothing journaled, nothing sent.</summary>
    NothingToDo,

    /// <summary>Journal the ids, statuses and fills of our orders the journal lacks (actor reconciliation, "adopted fill …"); nothing sent.</summary>
    Adopt,

    /// <summary>Adopt, then re-attach the missing exits (same OCA group) through the exit-repair routine, and alert.</summary>
    ReattachExits,

    /// <summary>Adopt the closing fills of our exits (or kill): the journal closes the trade with their order's reason (target, stop, time, kill); alert.</summary>
    CloseFromOurExecutions,

    /// <summary>Adopt every fill on our legs, also those of no order of ours: a trade they flatten closes as "external"; never invent a fill; urgent alert, nothing sent.</summary>
    RecordExternalChange,

    /// <summary>Report the orders and positions that are not Condor's in one alert; never touch them.</summary>
    ReportForeign,

    /// <summary>Ambiguous: nothing journaled, nothing sent, no new entry; an urgent alert with the facts.</summary>
    AlertOnly,
}
