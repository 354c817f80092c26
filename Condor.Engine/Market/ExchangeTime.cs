namespace Condor.Engine.Market;

/// <summary>
/// Conversions between exchange wall-clock times (America/New_York) and instants, through
/// <see cref="TimeZoneInfo"/> so US daylight-saving changes are applied; also shows instants in any other
/// zone (the owner's, e.g. Europe/Berlin, whose DST switches on other dates). No clock reads.
/// </summary>
internal static class ExchangeTime
{
    public const string NewYorkZoneId = "America/New_York";

    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById(NewYorkZoneId);

    /// <summary>The instant of a New York wall-clock time on a date, with the New York offset of that instant.</summary>
    /// <exception cref="ArgumentException">The time does not exist that day (the spring-forward gap).</exception>
    public static DateTimeOffset AtNewYork(DateOnly date, TimeOnly time) => AtZone(date, time, NewYork);

    /// <summary>The instant of a wall-clock time in a zone; an ambiguous (fall-back) time takes the standard-time offset.</summary>
    public static DateTimeOffset AtZone(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            throw new ArgumentException($"{date:yyyy-MM-dd} {time:HH:mm:ss} does not exist in {zone.Id}.", nameof(time));
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The same instant as wall-clock time in New York.</summary>
    public static DateTimeOffset ToNewYork(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, NewYork);

    /// <summary>The same instant as wall-clock time in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToZone(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(instant, zone);
    }

    /// <summary>The exchange (New York) date of an instant: the session date it belongs to.</summary>
    public static DateOnly SessionDateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToNewYork(instant).DateTime);
}
