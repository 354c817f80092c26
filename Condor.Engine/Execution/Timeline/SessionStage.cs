namespace Condor.Engine.Execution.Timeline;

/// <summary>Where an instant falls in a trading session's timeline (the engine's view of the day).</summary>
internal enum SessionStage
{
    /// <summary>Before warm-up: the engine waits for the warm-up timer.</summary>
    BeforeWarmup,

    /// <summary>From warm-up to the entry time: connect, reconcile, subscribe, then wait for the entry.</summary>
    WarmingUp,

    /// <summary>From the entry time to the deadline: an entry may still be sent and chased.</summary>
    EntryWindow,

    /// <summary>From the deadline to the end of day: no new entry; an open position is watched.</summary>
    AfterDeadline,

    /// <summary>From the end of day on: the session is over; the next session is armed.</summary>
    Over,
}
