using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution;

/// <summary>
/// The day's plan as the owner reads it: whether the exchange trades today (New York date) and, if so, the
/// warm-up, entry, entry deadline, time exit and close in New York time and in the owner's time zone.
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
        if (calendar.GetSession(date) is not { } session)
        {
            return new SessionSchedule(date, day, calendar.NextTradingDay(date), []);
        }

        var (timeExit, _) = ExitPlanner.TimeExit(session, strategy);
        ScheduleEntry Entry(string what, TimeOnly newYork) =>
            new(what, session.At(newYork), ExchangeTime.ToZone(session.At(newYork), ownerZone));
        return new SessionSchedule(date, day, calendar.NextTradingDay(date),
        [
            Entry("Warm-up", schedule.WarmupTime),
            Entry("Entry", strategy.EntryTime),
            Entry("Entry deadline", strategy.EntryDeadline),
            Entry("Time exit", timeExit),
            Entry("Close", session.CloseEt),
        ]);
    }
}
