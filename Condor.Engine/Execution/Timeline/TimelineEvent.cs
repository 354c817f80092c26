namespace Condor.Engine.Execution.Timeline;

/// <summary>The engine's timers in a session.</summary>
internal enum TimelineEvent
{
    Warmup,
    Entry,
    Deadline,
    TimeExit,
    EndOfDay,
}
