namespace Condor.Engine.Execution.Reconciliation;

/// <summary>What the journal says about the session's trade: the rows of <see cref="ReconciliationTable"/>.</summary>
internal enum JournalState
{
    /// <summary>No trade journaled for the session.</summary>
    NoTrade,

    /// <summary>The trade is pending and its entry was journaled as an intent only (never acknowledged: no order id, no status).</summary>
    EntryIntentOnly,

    /// <summary>The trade is pending and its entry reached the gateway (an order id or a status is journaled), no fill journaled.</summary>
    EntryWorking,

    /// <summary>The trade is open (fills journaled) without its three exits journaled as working.</summary>
    FilledWithoutExits,

    /// <summary>The trade is open and its target, stop and time exit are all journaled as working.</summary>
    OpenWithExits,

    /// <summary>The trade ended: closed, or abandoned as not filled.</summary>
    Closed,
}
