using Condor.Engine.Market;

namespace Condor.Tests.Market;

public sealed class TickRuleTests
{
    private static readonly TickRule SpxLeg = IndexOptionContract.Spx.LegTick;

    [Theory]
    [InlineData("2.97", "2.95")]
    [InlineData("2.95", "2.95")]
    [InlineData("2.999", "2.95")]
    [InlineData("3.00", "3.00")]
    [InlineData("3.04", "3.00")]
    [InlineData("3.07", "3.00")]
    [InlineData("3.19", "3.10")]
    [InlineData("0.03", "0.00")]
    public void RoundDown_SpxLegAcrossThreeDollarBoundary_GivesValidTickBelow(string price, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SpxLeg.RoundDown(Parse(price)).Value);
    }

    [Theory]
    [InlineData("2.91", "2.95")]
    [InlineData("2.96", "3.00")]
    [InlineData("3.00", "3.00")]
    [InlineData("3.01", "3.10")]
    [InlineData("3.05", "3.10")]
    [InlineData("3.10", "3.10")]
    public void RoundUp_SpxLegAcrossThreeDollarBoundary_GivesValidTickAbove(string price, string expected)
    {
        Assert.Equal(Parse(expected), SpxLeg.RoundUp(Parse(price)).Value);
    }

    [Theory]
    [InlineData("2.95", true)]
    [InlineData("2.97", false)]
    [InlineData("3.00", true)]
    [InlineData("3.05", false)]
    [InlineData("3.10", true)]
    public void IsValid_SpxLeg_FollowsTieredTicks(string price, bool expected)
    {
        Assert.Equal(expected, SpxLeg.IsValid(Parse(price)));
    }

    [Theory]
    [InlineData("3.07", "3.05", "3.10")]
    [InlineData("2.97", "2.95", "3.00")]
    [InlineData("5.00", "5.00", "5.00")]
    public void Round_SpxCombo_FiveCentStepsOnBothSidesOfThree(string price, string down, string up)
    {
        var combo = IndexOptionContract.Spx.ComboTick;

        Assert.Equal(Parse(down), combo.RoundDown(Parse(price)).Value);
        Assert.Equal(Parse(up), combo.RoundUp(Parse(price)).Value);
    }

    [Theory]
    [InlineData("0.127", "0.12", "0.13")]
    [InlineData("3.057", "3.05", "3.06")]
    [InlineData("0.25", "0.25", "0.25")]
    public void Round_Xsp_PennySteps(string price, string down, string up)
    {
        Assert.Equal(Parse(down), IndexOptionContract.Xsp.ComboTick.RoundDown(Parse(price)).Value);
        Assert.Equal(Parse(up), IndexOptionContract.Xsp.LegTick.RoundUp(Parse(price)).Value);
    }

    [Fact]
    public void Round_NegativePrice_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpxLeg.RoundDown(-0.05m));
    }

    [Fact]
    public void Tiered_ThresholdNotOnBothGrids_Throws()
    {
        Assert.Throws<ArgumentException>(() => TickRule.Tiered(0.05m, 3.05m, 0.10m));
    }

    [Fact]
    public void TickedPrice_OffTickValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TickedPrice(3.05m, SpxLeg));
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
