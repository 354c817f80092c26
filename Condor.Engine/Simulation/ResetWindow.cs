namespace Condor.Engine.Simulation;

/// <summary>
/// A maintenance window in exchange (New York) time: IB's nightly server reset (every day when <see cref="Day"/> is
/// null) or the weekly re-authentication (on <see cref="Day"/>). Placed by the scenario, as IB places its own by the
/// region the account is served from.
/// </summary>
/// <param name="Start">ET time of day the window opens.</param>
/// <param name="Duration">How long it lasts (more than zero, under a day).</param>
/// <param name="Day">The weekday (ET) of a weekly window; null = every day.</param>
internal sealed record ResetWindow(TimeOnly Start, TimeSpan Duration, DayOfWeek? Day = null)
{
    public bool IsValid => Duration > TimeSpan.Zero && Duration < TimeSpan.FromDays(1) && (Day is null || Enum.IsDefined(Day.Value));

    /// <summary>Whether <paramref name="instant"/> falls inside a window (one opened the day before may still run).</summary>
    public bool Contains(DateTimeOffset instant)
    {
        var date = DateOnly.FromDateTime(EasternTime.ToEastern(instant).DateTime);
        return Opening(date) is { } today && instant >= today && instant < today + Duration
            || Opening(date.AddDays(-1)) is { } yesterday && instant >= yesterday && instant < yesterday + Duration;
    }

    /// <summary>The first opening at or after <paramref name="instant"/>.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        var date = DateOnly.FromDateTime(EasternTime.ToEastern(instant).DateTime);
        for (var day = 0; ; day++)
        {
            if (Opening(date.AddDays(day)) is { } opening && opening >= instant)
            {
                return opening;
            }
        }
    }

    private DateTimeOffset? Opening(DateOnly date) =>
        Day is { } weekday && date.DayOfWeek != weekday ? null : EasternTime.At(date, Start);
}
