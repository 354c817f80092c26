using System.Globalization;
using Condor.Engine.Market;

namespace Condor.Tests.Market;

/// <summary>
/// Every holiday and early close 2018–2030, assembled by hand from:
/// NYSE Group press releases "NYSE Group Announces 2022, 2023 and 2024 Holiday and Early Closings Calendar"
/// (2021-12-27), "... 2025, 2026 and 2027 ..." (2024-11-08) and "... 2026, 2027 and 2028 ..." (2025-12-23),
/// as republished by mondovisione.com; for 2018–2021 the NYSE holiday pages of those years (incl. the
/// 2018-12-05 closure for President George H. W. Bush); 2029–2030 from NYSE Rule 7.2 (observance rules) and
/// the Easter dates 2029-04-01 / 2030-04-21. 2025-01-09 is the National Day of Mourning for President Carter.
/// </summary>
public sealed class ExchangeCalendarTests
{
    private const string ExpectedNonRegularWeekdays = """
        2018-01-01 H|2018-01-15 H|2018-02-19 H|2018-03-30 H|2018-05-28 H|2018-07-03 E|2018-07-04 H|2018-09-03 H
        2018-11-22 H|2018-11-23 E|2018-12-05 H|2018-12-24 E|2018-12-25 H
        2019-01-01 H|2019-01-21 H|2019-02-18 H|2019-04-19 H|2019-05-27 H|2019-07-03 E|2019-07-04 H|2019-09-02 H
        2019-11-28 H|2019-11-29 E|2019-12-24 E|2019-12-25 H
        2020-01-01 H|2020-01-20 H|2020-02-17 H|2020-04-10 H|2020-05-25 H|2020-07-03 H|2020-09-07 H|2020-11-26 H
        2020-11-27 E|2020-12-24 E|2020-12-25 H
        2021-01-01 H|2021-01-18 H|2021-02-15 H|2021-04-02 H|2021-05-31 H|2021-07-05 H|2021-09-06 H|2021-11-25 H
        2021-11-26 E|2021-12-24 H
        2022-01-17 H|2022-02-21 H|2022-04-15 H|2022-05-30 H|2022-06-20 H|2022-07-04 H|2022-09-05 H|2022-11-24 H
        2022-11-25 E|2022-12-26 H
        2023-01-02 H|2023-01-16 H|2023-02-20 H|2023-04-07 H|2023-05-29 H|2023-06-19 H|2023-07-03 E|2023-07-04 H
        2023-09-04 H|2023-11-23 H|2023-11-24 E|2023-12-25 H
        2024-01-01 H|2024-01-15 H|2024-02-19 H|2024-03-29 H|2024-05-27 H|2024-06-19 H|2024-07-03 E|2024-07-04 H
        2024-09-02 H|2024-11-28 H|2024-11-29 E|2024-12-24 E|2024-12-25 H
        2025-01-01 H|2025-01-09 H|2025-01-20 H|2025-02-17 H|2025-04-18 H|2025-05-26 H|2025-06-19 H|2025-07-03 E
        2025-07-04 H|2025-09-01 H|2025-11-27 H|2025-11-28 E|2025-12-24 E|2025-12-25 H
        2026-01-01 H|2026-01-19 H|2026-02-16 H|2026-04-03 H|2026-05-25 H|2026-06-19 H|2026-07-03 H|2026-09-07 H
        2026-11-26 H|2026-11-27 E|2026-12-24 E|2026-12-25 H
        2027-01-01 H|2027-01-18 H|2027-02-15 H|2027-03-26 H|2027-05-31 H|2027-06-18 H|2027-07-05 H|2027-09-06 H
        2027-11-25 H|2027-11-26 E|2027-12-24 H
        2028-01-17 H|2028-02-21 H|2028-04-14 H|2028-05-29 H|2028-06-19 H|2028-07-03 E|2028-07-04 H|2028-09-04 H
        2028-11-23 H|2028-11-24 E|2028-12-25 H
        2029-01-01 H|2029-01-15 H|2029-02-19 H|2029-03-30 H|2029-05-28 H|2029-06-19 H|2029-07-03 E|2029-07-04 H
        2029-09-03 H|2029-11-22 H|2029-11-23 E|2029-12-24 E|2029-12-25 H
        2030-01-01 H|2030-01-21 H|2030-02-18 H|2030-04-19 H|2030-05-27 H|2030-06-19 H|2030-07-03 E|2030-07-04 H
        2030-09-02 H|2030-11-28 H|2030-11-29 E|2030-12-24 E|2030-12-25 H
        """;

    [Fact]
    public void GetDay_Weekdays2018To2030_MatchPublishedHolidaysAndEarlyCloses()
    {
        var expected = ExpectedNonRegularWeekdays
            .Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.Split(' '))
            .ToDictionary(
                p => DateOnly.ParseExact(p[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                p => p[1] == "H" ? DayKind.Holiday : DayKind.EarlyClose);
        var actual = new Dictionary<DateOnly, DayKind>();
        for (var date = new DateOnly(2018, 1, 1); date <= new DateOnly(2030, 12, 31); date = date.AddDays(1))
        {
            var kind = ExchangeCalendar.Default.GetDay(date).Kind;
            if (kind is DayKind.Holiday or DayKind.EarlyClose)
            {
                actual[date] = kind;
            }
        }

        var missing = expected.Where(e => !actual.TryGetValue(e.Key, out var k) || k != e.Value).Select(e => $"{e.Key} {e.Value}");
        var extra = actual.Where(a => !expected.ContainsKey(a.Key)).Select(a => $"{a.Key} {a.Value}");
        Assert.Equal(string.Empty, string.Join(", ", missing.Concat(extra)));
        Assert.Equal(155, expected.Count);
    }

    [Theory]
    [InlineData("2021-12-31")] // New Year's Day 2022 on a Saturday: no Friday closure
    [InlineData("2027-12-31")]
    [InlineData("2021-06-18")] // Juneteenth is a holiday only from 2022
    [InlineData("2021-07-02")] // July 4 on a Sunday: Monday is the holiday, the Friday a full day
    [InlineData("2022-12-23")] // Christmas on a Sunday: no early close the Friday before
    [InlineData("2026-07-02")] // July 3 is the holiday (July 4 on a Saturday): July 2 a full day
    public void GetDay_NoClosureByRule_IsRegularSession(string date)
    {
        var day = ExchangeCalendar.Default.GetDay(DateOnly.Parse(date, CultureInfo.InvariantCulture));

        Assert.Equal(DayKind.Regular, day.Kind);
        Assert.True(day.IsTradingDay);
    }

    [Theory]
    [InlineData("2001-09-11")]
    [InlineData("2001-09-14")]
    [InlineData("2004-06-11")]
    [InlineData("2007-01-02")]
    [InlineData("2012-10-29")]
    [InlineData("2012-10-30")]
    [InlineData("2018-12-05")]
    [InlineData("2025-01-09")]
    public void GetDay_HistoricalClosure_IsHoliday(string date)
    {
        var day = ExchangeCalendar.Default.GetDay(DateOnly.Parse(date, CultureInfo.InvariantCulture));

        Assert.Equal(DayKind.Holiday, day.Kind);
        Assert.NotNull(day.Reason);
        Assert.Null(ExchangeCalendar.Default.GetSession(day.Date));
    }

    [Fact]
    public void GetDay_ExtraClosureFromConfiguration_IsHolidayOnlyInThatCalendar()
    {
        var closure = new DateOnly(2026, 3, 11);
        var calendar = new ExchangeCalendar([closure]);

        Assert.Equal(DayKind.Holiday, calendar.GetDay(closure).Kind);
        Assert.Equal("Extra closure (configuration)", calendar.GetDay(closure).Reason);
        Assert.Equal(DayKind.Regular, ExchangeCalendar.Default.GetDay(closure).Kind);
        Assert.Equal(new DateOnly(2026, 3, 12), calendar.NextTradingDay(new DateOnly(2026, 3, 10)));
    }

    [Fact]
    public void GetDay_ExtraClosureOnEarlyCloseDay_BecomesHoliday()
    {
        var calendar = new ExchangeCalendar([new DateOnly(2026, 11, 27)]);

        Assert.Equal(DayKind.Holiday, calendar.GetDay(new DateOnly(2026, 11, 27)).Kind);
    }

    [Fact]
    public void GetDay_ExtraClosureOnWeekend_StaysWeekend()
    {
        var calendar = new ExchangeCalendar([new DateOnly(2026, 3, 14)]);

        Assert.Equal(DayKind.Weekend, calendar.GetDay(new DateOnly(2026, 3, 14)).Kind);
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 3)]
    public void GetDay_OutsideSupportedYears_Throws(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeCalendar.Default.GetDay(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Constructor_ExtraClosureOutsideSupportedYears_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeCalendar([new DateOnly(2101, 1, 3)]));
    }

    [Fact]
    public void Holidays_EveryYear2000To2100_FallOnWeekdaysAndNumberNineToEleven()
    {
        for (var year = ExchangeCalendar.FirstYear; year <= ExchangeCalendar.LastYear; year++)
        {
            var holidays = HolidayRules.Holidays(year);
            Assert.All(holidays.Keys, d => Assert.InRange(d.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday));
            Assert.InRange(holidays.Count, 8, 10);
            Assert.All(HolidayRules.EarlyCloses(year).Keys, d => Assert.False(holidays.ContainsKey(d), $"{d} is both"));
        }
    }

    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2038, 4, 25)]
    [InlineData(2100, 3, 28)]
    public void Easter_KnownYears_MatchesComputus(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), HolidayRules.Easter(year));
    }

    [Fact]
    public void GetSession_EarlyCloseDay_StocksAt1300AndOptionsAt1315()
    {
        var session = ExchangeCalendar.Default.GetSession(new DateOnly(2026, 11, 27))!;

        Assert.True(session.IsEarlyClose);
        Assert.Equal(new TimeOnly(13, 0), session.CloseEt);
        Assert.Equal(new TimeOnly(13, 15), session.OptionsCloseEt);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 18, 0, 0, TimeSpan.Zero), session.Close.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 18, 15, 0, TimeSpan.Zero), session.OptionsClose.ToUniversalTime());
    }

    [Fact]
    public void GetSession_RegularDay_0930To1600IndexOptionsTo1615()
    {
        var session = ExchangeCalendar.Default.GetSession(new DateOnly(2026, 6, 15))!;

        Assert.False(session.IsEarlyClose);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 13, 30, 0, TimeSpan.Zero), session.Open.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 20, 0, 0, TimeSpan.Zero), session.Close.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 20, 15, 0, TimeSpan.Zero), session.OptionsClose.ToUniversalTime());
    }

    [Fact]
    public void NextTradingDay_OverLongWeekend_SkipsHolidayAndWeekend()
    {
        Assert.Equal(new DateOnly(2026, 4, 6), ExchangeCalendar.Default.NextTradingDay(new DateOnly(2026, 4, 2)));
    }
}
