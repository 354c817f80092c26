namespace Condor.Engine.Journal;

/// <summary>Lifecycle of a journaled trade.</summary>
internal enum TradeStatus
{
    /// <summary>Recorded before the entry; no opening execution yet.</summary>
    Pending,

    /// <summary>At least one opening leg execution recorded.</summary>
    Open,

    /// <summary>Every opened contract closed (or settled at expiry); P/L final up to late commission reports.</summary>
    Closed,

    /// <summary>The entry never filled; the day's trade is abandoned.</summary>
    NotFilled,
}
