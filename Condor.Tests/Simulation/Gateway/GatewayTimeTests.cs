using Condor.Engine.Simulation.Gateway;

namespace Condor.Tests.Simulation.Gateway;

public sealed class GatewayTimeTests
{
    [Theory]
    [InlineData("20261123 11:30:00 US/Eastern", "2026-11-23T16:30:00Z")]
    [InlineData("20261123 11:30:00 America/New_York", "2026-11-23T16:30:00Z")]
    [InlineData("20261123 11:30:00", "2026-11-23T16:30:00Z")] // no zone: the gateway's local time (New York)
    [InlineData("20261123-16:30:00", "2026-11-23T16:30:00Z")] // TWS's UTC form
    [InlineData("20261123 16:30:00 UTC", "2026-11-23T16:30:00Z")]
    [InlineData("20260720 17:30:00 Europe/Berlin", "2026-07-20T15:30:00Z")]
    public void Parse_TwsTimeForms_GiveTheInstant(string text, string expectedUtc)
    {
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), GatewayTime.Parse(text));
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("20261123")]
    [InlineData("20261123 25:00:00")]
    [InlineData("20261123 11:30:00 Mars/Olympus")]
    [InlineData("20261123-16:30:00 UTC")]
    [InlineData("2026112 11:30:00")]
    public void Parse_Malformed_Null(string text) => Assert.Null(GatewayTime.Parse(text));
}
