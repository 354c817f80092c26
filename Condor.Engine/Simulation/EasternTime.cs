namespace Condor.Engine.Simulation;

/// <summary>America/New_York conversions used by the market model (sessions 09:30–16:00 ET).</summary>
internal static class EasternTime
{
    public static readonly TimeOnly Open = new(9, 30);
    public static readonly TimeOnly Close = new(16, 0);

    /// <summary>Length of the regular session in seconds (6.5 h).</summary>
    public const int SessionSeconds = 23_400;

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The instant of an exchange-local wall time on a date.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The exchange-local wall time of an instant.</summary>
    public static DateTimeOffset ToEastern(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The exchange-local date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToEastern(instant).DateTime);
}
