using System.Globalization;
using System.Text.RegularExpressions;
using Condor.Engine.Market;

namespace Condor.Engine.Tws.Protocol;

/// <summary>
/// The goodAfterTime text of an order, always with an explicit zone. IB's Order class documents the format as
/// "yyyyMMdd HH:mm:ss {time zone}"; TWS reads a date-time without a zone in the zone of the TWS login (IB
/// warns with code 2174, "date-time attributes without explicit time zone"). This owner logs in from Europe,
/// so a bare "11:30:00" would be 11:30 Berlin time. Condor writes
/// <c>yyyyMMdd HH:mm:ss US/Eastern</c> (the exchange's zone, under the name TWS uses for it) and refuses an
/// order whose goodAfterTime names no zone. IB's UTC form <c>yyyyMMdd-HH:mm:ss</c> is explicit too.
/// </summary>
internal static partial class GoodAfterTime
{
    /// <summary>The zone name TWS uses for New York time.</summary>
    public const string EasternZone = "US/Eastern";

    /// <summary>"yyyyMMdd HH:mm:ss US/Eastern" for <paramref name="instant"/>, converted to New York time.</summary>
    public static string Format(DateTimeOffset instant)
    {
        var eastern = TimeZoneInfo.ConvertTime(instant, ExchangeTime.NewYork);
        return eastern.ToString("yyyyMMdd HH:mm:ss", CultureInfo.InvariantCulture) + " " + EasternZone;
    }

    /// <summary>True for an empty text (no goodAfterTime) or a time that names its zone (or is IB's UTC form).</summary>
    public static bool HasExplicitZone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 || WithZone().IsMatch(text) || UtcForm().IsMatch(text);
    }

    [GeneratedRegex(@"^\d{8} \d{2}:\d{2}:\d{2} [A-Za-z][A-Za-z0-9_+\-/]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WithZone();

    [GeneratedRegex(@"^\d{8}-\d{2}:\d{2}:\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex UtcForm();
}
