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

    /// <summary>Reads goodAfterTime (<c>yyyyMMdd HH:mm:ss [zone]</c>); a zone other than UTC is taken as New York time.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split([' ', '-'], 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2
            || ParseDate(parts[0]) is not { } date
            || !TimeOnly.TryParseExact(parts[1], "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        var zone = parts.Length > 2 ? parts[2] : string.Empty;
        return zone is "UTC" or "GMT"
            ? new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero)
            : EasternTime.At(date, time);
    }
}
