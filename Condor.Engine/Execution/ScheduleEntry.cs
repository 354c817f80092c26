namespace Condor.Engine.Execution;

/// <summary>One moment of the day's plan, in New York time and in the owner's time zone.</summary>
internal sealed record ScheduleEntry(string What, DateTimeOffset NewYork, DateTimeOffset Owner);
