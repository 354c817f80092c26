using System.Globalization;
using Condor.Engine.Market;

namespace Condor.Engine.Tws.Mapping;

/// <summary>
/// The one reader and writer of IB's time texts, for the client and the simulator alike. The forms TWS uses
/// (TWS API reference, "Order.goodAfterTime", "Execution.time", connection time):
/// <list type="bullet">
/// <item><c>yyyyMMdd HH:mm:ss zone</c>: in that zone (<c>US/Eastern</c>, <c>EST</c>, <c>UTC</c>, any IANA id);</item>
/// <item><c>yyyyMMdd-HH:mm:ss</c>: UTC;</item>
/// <item><c>yyyyMMdd HH:mm:ss</c> (TWS pads older execution times with two spaces): the gateway's local zone,
/// which the caller names because TWS reads it in the zone its user logged in with;</item>
/// <item>whole seconds since 1970 (currentTime, the last-timestamp tick).</item>
/// </list>
/// Anything else is null, never a guess.
/// </summary>
internal static class IbTime
{
    private const string DateFormat = "yyyyMMdd";

    private const string TimeFormat = "HH:mm:ss";

    /// <summary>The gateway's text for an instant: <c>yyyyMMdd HH:mm:ss US/Eastern</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        ExchangeTime.ToNewYork(instant).ToString(DateFormat + " " + TimeFormat, CultureInfo.InvariantCulture) + " US/Eastern";

    /// <summary>The gateway's text for a date: <c>yyyyMMdd</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The date at the start of a text (<c>yyyyMMdd</c>, maybe followed by a time); null when there is none.</summary>
    public static DateOnly? ParseDate(string? text) =>
        text is { Length: >= 8 }
        && DateOnly.TryParseExact(text[..8], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The instant a time text names; null when the text is not one of IB's forms (or names a time that does not exist).</summary>
    /// <param name="text">The gateway's text.</param>
    /// <param name="zoneWhenNone">The zone of a text without one: the gateway's local zone; null when it is not known (such a text is then null).</param>
    public static DateTimeOffset? Parse(string? text, TimeZoneInfo? zoneWhenNone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length > 8 && text.All(char.IsAsciiDigit))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds <= 253_402_300_799 // 9999-12-31
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : null;
        }

        var utcDash = text.Length > 8 && text[8] == '-';
        var parts = text.Split(utcDash ? ['-', ' '] : [' '], 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2
            || parts[0].Length != 8
            || ParseDate(parts[0]) is not { } date
            || !TimeOnly.TryParseExact(parts[1], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        if (utcDash)
        {
            return parts.Length == 2 ? new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero) : null;
        }

        var zone = parts.Length == 2 ? zoneWhenNone : Zone(parts[2].Trim());
        return zone is null ? null : At(date, time, zone);
    }

    /// <summary>The zone named at the end of a time text (e.g. the connection time <c>20261123 09:31:58 US/Eastern</c>); null when none or unknown.</summary>
    public static TimeZoneInfo? ZoneOf(string? text)
    {
        var parts = text?.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: 3 } && ParseDate(parts[0]) is not null ? Zone(parts[2].Trim()) : null;
    }

    /// <summary>The zone a name in a time text means; null when unknown.</summary>
    public static TimeZoneInfo? Zone(string name) => name switch
    {
        "UTC" or "GMT" or "Etc/UTC" => TimeZoneInfo.Utc,

        // TWS's names for New York time (its "US/Eastern" and the abbreviations it shows)
        "US/Eastern" or "EST" or "EDT" or "EST5EDT" or "ET" or ExchangeTime.NewYorkZoneId => ExchangeTime.NewYork,
        _ => TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null,
    };

    private static DateTimeOffset? At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        if (zone == TimeZoneInfo.Utc)
        {
            return new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero);
        }

        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(local) ? null : ExchangeTime.AtZone(date, time, zone);
    }
}
