namespace Condor.Engine.Execution.Timeline;

/// <summary>One timer of a day's timeline: what is due, for which exchange date, and when.</summary>
internal readonly record struct TimelineTimer(TimelineEvent Event, DateTimeOffset At);
