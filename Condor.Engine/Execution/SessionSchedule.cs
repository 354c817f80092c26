using Condor.Engine.Execution.Timeline;
using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution;

/// <summary>
/// The day's plan as the owner reads it: whether the exchange trades today (New York date) and, if so, the
/// warm-up, entry, entry deadline, time exit and close in New York time and in the owner's time zone.
/// The instants are the engine's own timeline (<see cref="SessionTimeline"/>), so the page shows what the engine arms.
/// Pure: the instant comes in as a value.
/// </summary>
internal sealed record SessionSchedule(
    DateOnly SessionDate, CalendarDay Day, DateOnly NextTradingDay, IReadOnlyList<ScheduleEntry> Entries)
{
    public static SessionSchedule For(
        DateTimeOffset now, ExchangeCalendar calendar, StrategyOptions strategy, ScheduleOptions schedule, TimeZoneInfo ownerZone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(schedule);
        var date = ExchangeTime.SessionDateOf(now);
        var day = calendar.GetDay(date);
        if (SessionTimeline.For(date, calendar, strategy, schedule) is not { } timeline)
        {
            return new SessionSchedule(date, day, calendar.NextTradingDay(date), []);
        }

        ScheduleEntry Entry(string what, DateTimeOffset newYork) => new(what, newYork, ExchangeTime.ToZone(newYork, ownerZone));
        return new SessionSchedule(date, day, calendar.NextTradingDay(date),
        [
            Entry("Warm-up", timeline.Warmup),
            Entry("Entry", timeline.Entry),
            Entry("Entry deadline", timeline.Deadline),
            Entry("Time exit", timeline.TimeExit),
            Entry("Close", timeline.Session.Close),
        ]);
    }
}
