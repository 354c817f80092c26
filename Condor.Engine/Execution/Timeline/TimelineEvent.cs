namespace Condor.Engine.Execution.Timeline;

/// <summary>The engine's timers in a day.</summary>
internal enum TimelineEvent
{
    /// <summary>A weekday the exchange is closed (holiday, extra closure), at the warm-up time: "no trade: exchange closed".</summary>
    ExchangeClosed,

    Warmup,
    Entry,
    Deadline,
    TimeExit,
    EndOfDay,
}
