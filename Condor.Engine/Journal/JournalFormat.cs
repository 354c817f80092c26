using System.Globalization;

namespace Condor.Engine.Journal;

/// <summary>
/// How values are stored as SQLite text. SQLite has no decimal type and REAL would lose cents, so money and
/// prices are TEXT in the invariant culture, normalised (no trailing zeros: 5.10 is stored "5.1", so the
/// same value is always the same text and can serve in unique keys). Every decimal that goes to or comes from
/// the database passes through here; row classes hold these strings and never let Dapper or the driver
/// convert a decimal with the current culture. Instants are ISO-8601 UTC with 7 fraction digits (fixed width,
/// so text order is time order); session dates are yyyy-MM-dd.
/// </summary>
internal static class JournalFormat
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public static string Money(decimal value) =>
        (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string? Money(decimal? value) => value is { } v ? Money(v) : null;

    public static decimal ParseMoney(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static decimal? ParseMoneyOrNull(string? text) => text is null ? null : ParseMoney(text);

    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static string? Instant(DateTimeOffset? value) => value is { } v ? Instant(v) : null;

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseInstantOrNull(string? text) => text is null ? null : ParseInstant(text);

    public static string Date(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static TEnum ParseEnum<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text, ignoreCase: false);
}
