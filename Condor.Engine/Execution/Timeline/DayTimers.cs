using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Timeline;

/// <summary>
/// The timers of one exchange date, and which of them a process arriving at an instant must run at once. A trading
/// day has the session's timers (<see cref="SessionTimeline"/>); a closed weekday (holiday, extra closure) has one,
/// <see cref="TimelineEvent.ExchangeClosed"/> at the warm-up time; a weekend has none. Arriving late (a process
/// started, or a clock that jumped): during warm-up → warm up at once; inside the entry window → warm up (cold path)
/// and enter at once; after the deadline → the deadline's work (which says "missed the entry window" when no
/// entry was made) and the time exit's if it is past too; after the end of day → nothing (start-up reconciliation
/// covers it). Pure.
/// </summary>
internal static class DayTimers
{
    public static IReadOnlyList<TimelineTimer> For(
        DateOnly date, ExchangeCalendar calendar, StrategyOptions strategy, ScheduleOptions schedule)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(schedule);
        if (SessionTimeline.For(date, calendar, strategy, schedule) is { } timeline)
        {
            return timeline.Timers();
        }

        return calendar.GetDay(date).Kind == DayKind.Weekend
            ? []
            : [new TimelineTimer(TimelineEvent.ExchangeClosed, ExchangeTime.AtNewYork(date, schedule.WarmupTime))];
    }

    /// <summary>The timers of <paramref name="date"/> that a process arriving at <paramref name="now"/> runs at once, in order.</summary>
    public static IReadOnlyList<TimelineTimer> DueOnArrival(
        DateOnly date, DateTimeOffset now, ExchangeCalendar calendar, StrategyOptions strategy, ScheduleOptions schedule)
    {
        var timers = For(date, calendar, strategy, schedule);
        if (SessionTimeline.For(date, calendar, strategy, schedule) is not { } timeline)
        {
            return [.. timers.Where(t => t.At <= now)];
        }

        IEnumerable<TimelineEvent> due = timeline.StageAt(now) switch
        {
            SessionStage.WarmingUp => [TimelineEvent.Warmup],
            SessionStage.EntryWindow => [TimelineEvent.Warmup, TimelineEvent.Entry],
            SessionStage.AfterDeadline when now >= timeline.TimeExit => [TimelineEvent.Deadline, TimelineEvent.TimeExit],
            SessionStage.AfterDeadline => [TimelineEvent.Deadline],
            _ => [],
        };
        return [.. timers.Where(t => due.Contains(t.Event))];
    }
}
