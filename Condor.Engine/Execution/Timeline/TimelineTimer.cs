namespace Condor.Engine.Execution.Timeline;

/// <summary>One timer of a session's timeline: what is due and when.</summary>
internal readonly record struct TimelineTimer(TimelineEvent Event, DateTimeOffset At);
