namespace Condor.Engine.Simulation;

/// <summary>
/// A point on the market's own timeline: weekdays only, 23,400 seconds per day (09:30–16:00 ET), frozen outside
/// the session. Day 0 is Monday 2000-01-03. Volatility accrues on this timeline, so a "year" is 252 sessions.
/// </summary>
internal readonly record struct MarketInstant(long Day, int Second)
{
    /// <summary>Seconds in a volatility year on this timeline (252 sessions of 6.5 h).</summary>
    public const double SecondsPerYear = 252.0 * EasternTime.SessionSeconds;

    private static readonly DateOnly Epoch = new(2000, 1, 3);

    /// <summary>Seconds since the epoch on the market timeline.</summary>
    public long Index => (Day * EasternTime.SessionSeconds) + Second;

    public static MarketInstant FromIndex(long index)
    {
        index = Math.Max(0, index);
        return new MarketInstant(index / EasternTime.SessionSeconds, (int)(index % EasternTime.SessionSeconds));
    }

    /// <summary>Maps a real instant onto the market timeline (whole seconds, floored).</summary>
    public static MarketInstant From(DateTimeOffset instant)
    {
        var eastern = EasternTime.ToEastern(instant);
        var days = DateOnly.FromDateTime(eastern.DateTime).DayNumber - Epoch.DayNumber;
        if (days < 0)
        {
            return new MarketInstant(0, 0);
        }

        var weekday = days % 7;
        var weekdaysBefore = ((long)(days / 7) * 5) + Math.Min(weekday, 5);
        if (weekday >= 5)
        {
            return new MarketInstant(weekdaysBefore, 0);
        }

        var intoSession = (long)Math.Floor((eastern.TimeOfDay - EasternTime.Open.ToTimeSpan()).TotalSeconds);
        var second = (int)Math.Clamp(intoSession, 0, EasternTime.SessionSeconds);
        return new MarketInstant(weekdaysBefore, second);
    }
}
