using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Timeline;

/// <summary>
/// The engine's timers for one trading session, as instants (New York offsets): warm-up, entry, entry deadline,
/// time exit (capped before the close on early-close days, <see cref="ExitPlanner.TimeExit"/>) and end of day
/// (<c>Condor:Schedule:EndOfDayTime</c>, never before the session's close: the expiry is settled by then).
/// Pure: built from the calendar and the options, with no clock read, so a rehearsal at 30× arms the same instants
/// as a day at 1×. <see cref="StageAt"/> tells where an instant falls; <see cref="NextTimer"/> the next one due.
/// </summary>
internal sealed record SessionTimeline(
    TradingSession Session,
    DateTimeOffset Warmup,
    DateTimeOffset Entry,
    DateTimeOffset Deadline,
    DateTimeOffset TimeExit,
    DateTimeOffset EndOfDay)
{
    public DateOnly Date => Session.Date;

    /// <summary>The timeline of the session on <paramref name="date"/>, or null when the exchange is closed that day.</summary>
    public static SessionTimeline? For(
        DateOnly date, ExchangeCalendar calendar, StrategyOptions strategy, ScheduleOptions schedule)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(schedule);
        if (calendar.GetSession(date) is not { } session)
        {
            return null;
        }

        var (timeExit, _) = ExitPlanner.TimeExit(session, strategy);
        var endOfDay = session.At(schedule.EndOfDayTime);
        return new SessionTimeline(
            session,
            session.At(schedule.WarmupTime),
            session.At(strategy.EntryTime),
            session.At(strategy.EntryDeadline),
            session.At(timeExit),
            endOfDay > session.Close ? endOfDay : session.Close);
    }

    /// <summary>
    /// The session the engine works on at <paramref name="now"/>: today's (New York date) until its end of day,
    /// otherwise the next trading session's. Never null within the calendar's years.
    /// </summary>
    public static SessionTimeline Current(
        DateTimeOffset now, ExchangeCalendar calendar, StrategyOptions strategy, ScheduleOptions schedule)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var date = ExchangeTime.SessionDateOf(now);
        var today = For(date, calendar, strategy, schedule);
        if (today is not null && now < today.EndOfDay)
        {
            return today;
        }

        return For(calendar.NextTradingDay(date), calendar, strategy, schedule)!;
    }

    public SessionStage StageAt(DateTimeOffset now) => now switch
    {
        _ when now < Warmup => SessionStage.BeforeWarmup,
        _ when now < Entry => SessionStage.WarmingUp,
        _ when now < Deadline => SessionStage.EntryWindow,
        _ when now < EndOfDay => SessionStage.AfterDeadline,
        _ => SessionStage.Over,
    };

    /// <summary>Whether an entry may still be attempted at <paramref name="now"/> (warm-up or entry window).</summary>
    public bool CanStillEnter(DateTimeOffset now) => now < Deadline;

    /// <summary>The next timer strictly after <paramref name="now"/>, or null when the session is over.</summary>
    public TimelineTimer? NextTimer(DateTimeOffset now)
    {
        foreach (var timer in Timers())
        {
            if (timer.At > now)
            {
                return timer;
            }
        }

        return null;
    }

    /// <summary>The timers in order of time.</summary>
    public IReadOnlyList<TimelineTimer> Timers() =>
    [
        new(TimelineEvent.Warmup, Warmup),
        new(TimelineEvent.Entry, Entry),
        new(TimelineEvent.Deadline, Deadline),
        new(TimelineEvent.TimeExit, TimeExit),
        new(TimelineEvent.EndOfDay, EndOfDay),
    ];
}
