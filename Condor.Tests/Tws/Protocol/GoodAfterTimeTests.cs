using Condor.Engine.Tws.Protocol;

namespace Condor.Tests.Tws.Protocol;

public sealed class GoodAfterTimeTests
{
    [Theory]
    [InlineData("2026-11-23T16:30:00Z", "20261123 11:30:00 US/Eastern")] // EST
    [InlineData("2026-06-15T15:30:00Z", "20260615 11:30:00 US/Eastern")] // EDT
    [InlineData("2026-11-23T17:30:00+01:00", "20261123 11:30:00 US/Eastern")] // written from Berlin
    public void Format_Instant_NewYorkTimeWithExplicitZone(string instant, string expected)
    {
        Assert.Equal(expected, GoodAfterTime.Format(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("20261123 11:30:00 US/Eastern", true)]
    [InlineData("20261123 11:30:00 America/New_York", true)]
    [InlineData("20261123-16:30:00", true)] // IB's UTC form
    [InlineData("20261123 11:30:00", false)]
    [InlineData("11:30:00", false)]
    public void HasExplicitZone_Text_OnlyWhenTheZoneIsNamed(string text, bool expected)
    {
        Assert.Equal(expected, GoodAfterTime.HasExplicitZone(text));
    }
}
