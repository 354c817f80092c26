using Condor.Engine.Market;

namespace Condor.Tests.Market;

public sealed class CalendarReportTests
{
    [Fact]
    public void WriteCsv_Year2026_ListsEveryNonRegularWeekdayInOrder()
    {
        using var writer = new StringWriter();

        CalendarReport.WriteCsv(writer, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), ExchangeCalendar.Default);

        const string Expected = """
            date,kind,close_et
            2026-01-01,holiday,
            2026-01-19,holiday,
            2026-02-16,holiday,
            2026-04-03,holiday,
            2026-05-25,holiday,
            2026-06-19,holiday,
            2026-07-03,holiday,
            2026-09-07,holiday,
            2026-11-26,holiday,
            2026-11-27,early_close,13:00
            2026-12-24,early_close,13:00
            2026-12-25,holiday,

            """;
        Assert.Equal(Expected, writer.ToString());
    }

    [Fact]
    public void WriteCsv_RangeWithExtraClosureAndWeekend_IncludesClosureButNoWeekendRow()
    {
        using var writer = new StringWriter();
        var calendar = new ExchangeCalendar([new DateOnly(2026, 3, 11)]);

        CalendarReport.WriteCsv(writer, new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 15), calendar);

        Assert.Equal("date,kind,close_et\n2026-03-11,holiday,\n", writer.ToString());
    }

    [Fact]
    public void WriteCsv_ToBeforeFrom_Throws()
    {
        using var writer = new StringWriter();

        Assert.Throws<ArgumentException>(
            () => CalendarReport.WriteCsv(writer, new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1), ExchangeCalendar.Default));
    }
}
