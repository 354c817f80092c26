using Condor.Engine.Market;

namespace Condor.Tests.Market;

/// <summary>
/// US DST 2026: starts Sunday 2026-03-08, ends Sunday 2026-11-01. EU DST 2026: starts Sunday 2026-03-29,
/// ends Sunday 2026-10-25. Between those dates New York and Berlin are 5 instead of 6 hours apart.
/// </summary>
public sealed class ExchangeTimeTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("2026-03-06", 14, 15)] // both on standard time
    [InlineData("2026-03-09", 13, 14)] // US on DST, Europe not yet: 5 h apart
    [InlineData("2026-03-27", 13, 14)]
    [InlineData("2026-03-30", 13, 15)] // both on summer time
    [InlineData("2026-10-23", 13, 15)]
    [InlineData("2026-10-26", 13, 14)] // Europe back on standard, US still DST
    [InlineData("2026-10-30", 13, 14)]
    [InlineData("2026-11-02", 14, 15)] // both on standard time
    [InlineData("2025-03-10", 13, 14)] // 2025: US switch 03-09, EU 03-30
    [InlineData("2025-10-27", 13, 14)] // 2025: EU switch 10-26, US 11-02
    public void AtNewYork_EntryTime0932_GivesUtcAndBerlinAcrossDstWeeks(string date, int utcHour, int berlinHour)
    {
        var instant = ExchangeTime.AtNewYork(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 32));

        Assert.Equal(new TimeOnly(utcHour, 32), TimeOnly.FromDateTime(instant.UtcDateTime));
        Assert.Equal(new TimeOnly(berlinHour, 32), TimeOnly.FromDateTime(ExchangeTime.ToZone(instant, Berlin).DateTime));
        Assert.Equal(new TimeOnly(9, 32), TimeOnly.FromDateTime(ExchangeTime.ToNewYork(instant).DateTime));
    }

    [Fact]
    public void AtNewYork_UsSpringForwardDay_OffsetChangesAt0200()
    {
        var day = new DateOnly(2026, 3, 8);

        Assert.Equal(TimeSpan.FromHours(-5), ExchangeTime.AtNewYork(day, new TimeOnly(1, 30)).Offset);
        Assert.Equal(TimeSpan.FromHours(-4), ExchangeTime.AtNewYork(day, new TimeOnly(9, 30)).Offset);
        Assert.Throws<ArgumentException>(() => ExchangeTime.AtNewYork(day, new TimeOnly(2, 30)));
    }

    [Fact]
    public void AtNewYork_UsFallBackDay_AmbiguousTimeTakesStandardAndMorningIsStandard()
    {
        var day = new DateOnly(2026, 11, 1);

        Assert.Equal(TimeSpan.FromHours(-4), ExchangeTime.AtNewYork(day, new TimeOnly(0, 30)).Offset);
        Assert.Equal(TimeSpan.FromHours(-5), ExchangeTime.AtNewYork(day, new TimeOnly(1, 30)).Offset);
        Assert.Equal(TimeSpan.FromHours(-5), ExchangeTime.AtNewYork(day, new TimeOnly(9, 30)).Offset);
    }

    [Fact]
    public void ToZone_EuSwitchDays_BerlinOffsetChangesWhileNewYorkDoesNot()
    {
        var spring = ExchangeTime.AtNewYork(new DateOnly(2026, 3, 29), new TimeOnly(9, 30));
        var autumn = ExchangeTime.AtNewYork(new DateOnly(2026, 10, 25), new TimeOnly(9, 30));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 15, 30, 0, TimeSpan.FromHours(2)), ExchangeTime.ToZone(spring, Berlin));
        Assert.Equal(TimeSpan.FromHours(2), ExchangeTime.ToZone(spring, Berlin).Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 14, 30, 0, TimeSpan.FromHours(1)), ExchangeTime.ToZone(autumn, Berlin));
        Assert.Equal(TimeSpan.FromHours(1), ExchangeTime.ToZone(autumn, Berlin).Offset);
    }

    [Theory]
    [InlineData("2026-07-01T03:59:00Z", "2026-06-30")]
    [InlineData("2026-07-01T04:00:00Z", "2026-07-01")]
    [InlineData("2026-12-01T04:59:00Z", "2026-11-30")]
    [InlineData("2026-12-01T05:00:00Z", "2026-12-01")]
    public void SessionDateOf_InstantNearNewYorkMidnight_GivesNewYorkDate(string instant, string expected)
    {
        var value = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ExchangeTime.SessionDateOf(value));
    }
}
