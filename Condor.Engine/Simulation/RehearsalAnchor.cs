using Condor.Engine.Market;

namespace Condor.Engine.Simulation;

/// <summary>
/// What defines the rehearsal clock: the virtual clock read <see cref="Start"/> at the real instant
/// <see cref="StartedAtUtc"/> and runs at <see cref="Speed"/> virtual seconds per real second. Two processes (Condor
/// and an external <c>simulate</c>) given the same anchor read the same virtual time, and a restarted process
/// continues the same virtual day.
/// </summary>
internal readonly record struct RehearsalAnchor(DateTimeOffset Start, double Speed, DateTimeOffset StartedAtUtc)
{
    /// <summary>
    /// The anchor from optional settings: no anchor = now; no start = 09:25 ET of the session current at the anchor
    /// (or the next one), so a restart with the same anchor picks the same start.
    /// </summary>
    public static RehearsalAnchor Resolve(DateTimeOffset? start, double? speed, DateTimeOffset? startedAtUtc, DateTimeOffset now, ExchangeCalendar calendar)
    {
        var anchor = (startedAtUtc ?? now).ToUniversalTime();
        return new RehearsalAnchor(start ?? DefaultStart(anchor, calendar), speed ?? 1, anchor);
    }

    /// <summary>09:25 ET of the session <paramref name="now"/> falls in, or of the next one once today's (to 16:15 ET) is over.</summary>
    public static DateTimeOffset DefaultStart(DateTimeOffset now, ExchangeCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var date = EasternTime.DateOf(now);
        if (!calendar.IsTradingDay(date) || now > EasternTime.At(date, new TimeOnly(16, 15)))
        {
            date = calendar.NextTradingDay(date);
        }

        return EasternTime.At(date, new TimeOnly(9, 25));
    }

    /// <summary>The virtual time at the real instant <paramref name="wallNow"/>.</summary>
    public DateTimeOffset VirtualAt(DateTimeOffset wallNow) =>
        Start + TimeSpan.FromTicks((long)((wallNow - StartedAtUtc).Ticks * Speed));

    /// <summary>A virtual clock that reads this anchor's time now and runs on <paramref name="wall"/>.</summary>
    public VirtualClock CreateClock(TimeProvider wall)
    {
        ArgumentNullException.ThrowIfNull(wall);
        return new VirtualClock(VirtualAt(wall.GetUtcNow()), Speed, wall);
    }
}
