namespace Condor.Engine.Execution.Timeline;

/// <summary>
/// A timer that fell due, as the engine receives it: the exchange date it belongs to, what is due, when it was due,
/// and whether it is a catch-up (the process arrived after its time: started late, or the clock jumped).
/// </summary>
internal sealed record TimelineTick(DateOnly Date, TimelineEvent Event, DateTimeOffset DueAt, bool CatchUp);
