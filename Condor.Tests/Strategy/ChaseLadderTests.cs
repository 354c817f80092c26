using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Strategy;

public sealed class ChaseLadderTests
{
    private static readonly ChaseSettings Spx = ChaseSettings.From(new StrategyOptions(), IndexOptionContract.Spx);

    private static readonly ChaseSettings Xsp = new(0.10m, 0.01m, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), IndexOptionContract.Xsp.ComboTick);

    [Fact]
    public void From_DefaultOptions_FiveSecondStepsInASixtySecondWindow()
    {
        Assert.Equal(new ChaseSettings(1.00m, 0.05m, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), IndexOptionContract.Spx.ComboTick), Spx);
    }

    [Theory]
    [InlineData(0, "1.45", 0)]
    [InlineData(4.999, "1.45", 0)]
    [InlineData(5, "1.40", 1)]
    [InlineData(10, "1.35", 2)]
    [InlineData(25, "1.20", 5)]
    [InlineData(30, "1.20", 6)] // would be 1.15: held at the natural price
    [InlineData(59.9, "1.20", 11)]
    public void PriceAt_SpxLadder_StepsFromMidTowardNatural(double seconds, string expected, int step)
    {
        var result = ChaseLadder.PriceAt(new ComboQuote(1.20m, 1.45m), TimeSpan.FromSeconds(seconds), Spx);

        Assert.Equal(ChaseAction.Price, result.Action);
        Assert.Equal(Parse(expected), result.LimitCredit);
        Assert.Equal(step, result.StepIndex);
    }

    [Fact]
    public void PriceAt_HeldAtNatural_ReasonNamesNatural()
    {
        var result = ChaseLadder.PriceAt(new ComboQuote(1.20m, 1.45m), TimeSpan.FromSeconds(30), Spx);

        Assert.Equal("Step 6: held at the floor 1.20 (natural 1.20).", result.Reason);
    }

    [Theory]
    [InlineData(0, "1.10")]
    [InlineData(10, "1.00")]
    [InlineData(15, "1.00")] // would be 0.95: never below the minimum credit
    [InlineData(55, "1.00")]
    public void PriceAt_NaturalBelowMinimum_FloorIsMinimumCredit(double seconds, string expected)
    {
        var result = ChaseLadder.PriceAt(new ComboQuote(0.80m, 1.10m), TimeSpan.FromSeconds(seconds), Spx);

        Assert.Equal(Parse(expected), result.LimitCredit);
    }

    [Fact]
    public void PriceAt_MidOffTick_RoundsEntryCreditDown()
    {
        Assert.Equal(1.40m, ChaseLadder.PriceAt(new ComboQuote(1.00m, 1.425m), TimeSpan.Zero, Spx).LimitCredit);
    }

    [Theory]
    [InlineData("0.99", false)]
    [InlineData("1.00", true)]
    public void PriceAt_MidAroundMinimumCredit_SendsOnlyWhenMidReachesIt(string mid, bool sends)
    {
        var result = ChaseLadder.PriceAt(new ComboQuote(0.90m, Parse(mid)), TimeSpan.Zero, Spx);

        Assert.Equal(sends ? ChaseAction.Price : ChaseAction.WaitForMid, result.Action);
        Assert.Equal(sends ? 1.00m : null, result.LimitCredit);
    }

    [Fact]
    public void PriceAt_AtDeadline_StopsTheChase()
    {
        var result = ChaseLadder.PriceAt(new ComboQuote(1.20m, 1.45m), TimeSpan.FromSeconds(60), Spx);

        Assert.Equal(ChaseAction.DeadlinePassed, result.Action);
        Assert.Null(result.LimitCredit);
    }

    [Theory]
    [InlineData(0, "3.10")]
    [InlineData(5, "3.05")]
    [InlineData(10, "3.00")]
    [InlineData(15, "2.95")]
    [InlineData(20, "2.90")]
    [InlineData(25, "2.90")]
    public void PriceAt_SpxAcrossThreeDollars_ComboKeepsFiveCentSteps(double seconds, string expected)
    {
        var result = ChaseLadder.PriceAt(new ComboQuote(2.90m, 3.12m), TimeSpan.FromSeconds(seconds), Spx);

        Assert.Equal(Parse(expected), result.LimitCredit);
    }

    [Theory]
    [InlineData(0, "0.23")]
    [InlineData(5, "0.22")]
    [InlineData(25, "0.18")]
    [InlineData(30, "0.18")]
    public void PriceAt_XspLadder_PennyTicks(double seconds, string expected)
    {
        var result = ChaseLadder.PriceAt(new ComboQuote(0.18m, 0.237m), TimeSpan.FromSeconds(seconds), Xsp);

        Assert.Equal(Parse(expected), result.LimitCredit);
    }

    [Theory]
    [InlineData(0, "1.60")]
    [InlineData(5, "1.50")] // 1.60 − 0.25 × 0.40
    [InlineData(10, "1.40")]
    [InlineData(15, "1.30")]
    [InlineData(20, "1.20")]
    [InlineData(25, "1.20")] // never past natural
    public void PriceAt_SpreadFraction_StepsAQuarterOfTheSpread(double seconds, string expected)
    {
        var settings = ChaseSettings.From(new StrategyOptions { ChaseSpreadFraction = 0.25m }, IndexOptionContract.Spx);

        var result = ChaseLadder.PriceAt(new ComboQuote(1.20m, 1.60m), TimeSpan.FromSeconds(seconds), settings);

        Assert.Equal(Parse(expected), result.LimitCredit);
    }

    [Fact]
    public void PriceAt_NegativeElapsed_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChaseLadder.PriceAt(new ComboQuote(1m, 1.2m), TimeSpan.FromSeconds(-1), Spx));
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
