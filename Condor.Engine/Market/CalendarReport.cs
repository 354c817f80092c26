using System.Globalization;
using CsvHelper;

namespace Condor.Engine.Market;

/// <summary>
/// The owner's year-ahead check (CLI <c>calendar --from --to</c>): CSV <c>date,kind,close_et</c> with every
/// weekday in the range that is not a regular session — <c>holiday</c> rows with an empty close,
/// <c>early_close</c> rows with the stock market's close (<c>13:00</c>) — one row per day, in date order.
/// </summary>
internal static class CalendarReport
{
    public static void WriteCsv(TextWriter writer, DateOnly from, DateOnly to, ExchangeCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(calendar);
        if (to < from)
        {
            throw new ArgumentException($"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).", nameof(to));
        }

        var options = CsvWriterOptions.Default with { NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteRecord(["date", "kind", "close_et"]);
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var day = calendar.GetDay(date);
            if (day.Kind is DayKind.Regular or DayKind.Weekend)
            {
                continue;
            }

            var early = day.Kind == DayKind.EarlyClose;
            csv.WriteRecord(
            [
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                early ? "early_close" : "holiday",
                early ? TradingSession.EarlyStockClose.ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty,
            ]);
        }

        csv.Flush();
    }
}
