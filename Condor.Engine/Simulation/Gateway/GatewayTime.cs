using System.Globalization;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>Time texts as the gateway writes and reads them: <c>yyyyMMdd HH:mm:ss US/Eastern</c>.</summary>
internal static class GatewayTime
{
    public static string Format(DateTimeOffset instant) =>
        EasternTime.ToEastern(instant).ToString("yyyyMMdd HH:mm:ss", CultureInfo.InvariantCulture) + " US/Eastern";

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Length >= 8 ? text[..8] : text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>
    /// Reads goodAfterTime as TWS does: <c>yyyyMMdd-HH:mm:ss</c> is UTC; <c>yyyyMMdd HH:mm:ss zone</c> is in that
    /// zone (<c>US/Eastern</c>, <c>UTC</c>, any IANA id); <c>yyyyMMdd HH:mm:ss</c> without a zone is the gateway's
    /// local time: the zone the gateway was logged in with (<paramref name="localZone"/>; New York when not given).
    /// Anything else is null (the order is rejected).
    /// </summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo? localZone = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        var utcDash = text.Length > 8 && text[8] == '-';
        var parts = text.Split(utcDash ? ['-', ' '] : [' '], 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2
            || ParseDate(parts[0]) is not { } date || parts[0].Length != 8
            || !TimeOnly.TryParseExact(parts[1], "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        if (utcDash)
        {
            return parts.Length == 2 ? new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero) : null;
        }

        if (parts.Length == 2)
        {
            return localZone is null ? EasternTime.At(date, time) : Market.ExchangeTime.AtZone(date, time, localZone);
        }

        return parts[2] is "UTC" or "GMT"
            ? new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero)
            : TimeZoneInfo.TryFindSystemTimeZoneById(parts[2], out var zone)
                ? Market.ExchangeTime.AtZone(date, time, zone)
                : null;
    }
}
