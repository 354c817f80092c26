using System.Globalization;
using Condor.Engine.Market;
using Condor.Engine.Tws.Mapping;
using Condor.Tests.Tws.Protocol;

namespace Condor.Tests.Tws.Mapping;

public sealed class IbTimeTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("20261123 11:30:00 US/Eastern", "2026-11-23T16:30:00Z")]
    [InlineData("20261123 11:30:00 America/New_York", "2026-11-23T16:30:00Z")]
    [InlineData("20261123 11:30:00 EST", "2026-11-23T16:30:00Z")]
    [InlineData("20260720 11:30:00 US/Eastern", "2026-07-20T15:30:00Z")] // daylight saving: UTC-4
    [InlineData("20261123-16:30:00", "2026-11-23T16:30:00Z")] // TWS's UTC form
    [InlineData("20261123 16:30:00 UTC", "2026-11-23T16:30:00Z")]
    [InlineData("20261123 16:30:00 GMT", "2026-11-23T16:30:00Z")]
    [InlineData("20260720 17:30:00 Europe/Berlin", "2026-07-20T15:30:00Z")]
    [InlineData("  20261123 11:30:00   US/Eastern ", "2026-11-23T16:30:00Z")]
    [InlineData("1795444318", "2026-11-23T14:31:58Z")] // seconds since 1970 (currentTime)
    public void Parse_TwsTimeForms_GiveTheInstant(string text, string expectedUtc) =>
        Assert.Equal(Utc(expectedUtc), IbTime.Parse(text, Berlin));

    [Theory]
    [InlineData("20261123 17:30:00", "2026-11-23T16:30:00Z")] // no zone: the gateway's zone (here Berlin, UTC+1)
    [InlineData("20261123  17:30:00", "2026-11-23T16:30:00Z")] // older execution times pad with two spaces
    public void Parse_NoZone_UsesTheGatewayZone(string text, string expectedUtc) =>
        Assert.Equal(Utc(expectedUtc), IbTime.Parse(text, Berlin));

    [Fact]
    public void Parse_NoZoneAndGatewayZoneUnknown_Null() => Assert.Null(IbTime.Parse("20261123 17:30:00", null));

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("20261123")]
    [InlineData("20261123 25:00:00")]
    [InlineData("20261123 11:30:00 Mars/Olympus")]
    [InlineData("20261123-16:30:00 UTC")]
    [InlineData("2026112 11:30:00")]
    [InlineData("20260308 02:30:00 US/Eastern")] // does not exist: clocks jump from 02:00 to 03:00
    [InlineData("99999999999999")]
    public void Parse_Malformed_Null(string text) => Assert.Null(IbTime.Parse(text, ExchangeTime.NewYork));

    [Fact]
    public void Parse_GoldenConnectionTime_IsNewYorkTime()
    {
        var time = GoldenFixtures.Fields(GoldenFixtures.IncomingRecords["connectAck"])[1];

        Assert.Equal(Utc("2026-11-23T14:31:58Z"), IbTime.Parse(time, null));
        Assert.Equal(ExchangeTime.NewYork, IbTime.ZoneOf(time));
    }

    [Theory]
    [InlineData("20261123 09:31:58 Europe/Berlin", "Europe/Berlin")]
    [InlineData("20261123 09:31:58 UTC", "UTC")]
    public void ZoneOf_NamedZone_IsThatZone(string text, string zoneId) =>
        Assert.Equal(zoneId == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zoneId), IbTime.ZoneOf(text));

    [Theory]
    [InlineData("20261123 09:31:58")]
    [InlineData("20261123 09:31:58 Mars/Olympus")]
    [InlineData(null)]
    public void ZoneOf_NoKnownZone_Null(string? text) => Assert.Null(IbTime.ZoneOf(text));

    [Fact]
    public void Format_Instant_IsNewYorkTextThatParsesBack()
    {
        var instant = Utc("2026-07-20T15:30:05Z");

        var text = IbTime.Format(instant);

        Assert.Equal("20260720 11:30:05 US/Eastern", text);
        Assert.Equal(instant, IbTime.Parse(text, null));
    }

    [Theory]
    [InlineData("20261123", 2026, 11, 23)]
    [InlineData("20261123 09:31:58 US/Eastern", 2026, 11, 23)]
    public void ParseDate_DateFirst_IsTheDate(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), IbTime.ParseDate(text));

    [Theory]
    [InlineData("202611")]
    [InlineData("2026-11-23")]
    [InlineData(null)]
    public void ParseDate_NotADate_Null(string? text) => Assert.Null(IbTime.ParseDate(text));

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
