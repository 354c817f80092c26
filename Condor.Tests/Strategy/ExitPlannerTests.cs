using Condor.Engine.Broker;
using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Strategy;

public sealed class ExitPlannerTests
{
    private static readonly TradingSession Regular = ExchangeCalendar.Default.GetSession(new DateOnly(2026, 6, 15))!;
    private static readonly TradingSession EarlyClose = ExchangeCalendar.Default.GetSession(new DateOnly(2026, 11, 27))!;

    [Theory]
    [InlineData("5.00", "3.75", "15.00")]
    [InlineData("1.37", "1.00", "4.10")] // 1.0275 and 4.11 rounded down
    [InlineData("2.95", "2.20", "8.85")]
    [InlineData("3.05", "2.25", "9.15")] // combos keep 0.05 steps above 3.00
    [InlineData("1.00", "0.75", "3.00")]
    public void Plan_SpxFillCredit_TargetAndStopRoundedDown(string credit, string target, string stop)
    {
        var plan = ExitPlanner.Plan(Parse(credit), Regular, new StrategyOptions(), IndexOptionContract.Spx);

        Assert.Equal(Parse(target), plan.TargetDebit.Value);
        Assert.Equal(Parse(stop), plan.StopTrigger.Value);
        Assert.Equal(Parse(credit), plan.FillCredit);
    }

    [Theory]
    [InlineData("0.37", "0.27", "1.11")]
    [InlineData("0.45", "0.33", "1.35")]
    [InlineData("0.01", "0.01", "0.03")] // target 0.0075 would round to zero: one tick instead
    public void Plan_XspFillCredit_PennyTicks(string credit, string target, string stop)
    {
        var plan = ExitPlanner.Plan(Parse(credit), Regular, new StrategyOptions(), IndexOptionContract.Xsp);

        Assert.Equal(Parse(target), plan.TargetDebit.Value);
        Assert.Equal(Parse(stop), plan.StopTrigger.Value);
    }

    [Fact]
    public void Plan_ConfiguredPercentAndMultiple_AreUsed()
    {
        var options = new StrategyOptions { ProfitTargetPercent = 50m, StopMultiple = 2m };

        var plan = ExitPlanner.Plan(2.10m, Regular, options, IndexOptionContract.Spx);

        Assert.Equal((1.05m, 4.20m), (plan.TargetDebit.Value, plan.StopTrigger.Value));
    }

    [Fact]
    public void Plan_DefaultOptions_StopTriggersOnTheMidPoint()
    {
        var plan = ExitPlanner.Plan(1.50m, Regular, new StrategyOptions(), IndexOptionContract.Spx);

        Assert.Equal(TriggerMethod.MidPoint, plan.StopTriggerMethod);
    }

    [Fact]
    public void Plan_ConfiguredStopTriggerMethod_IsUsed()
    {
        var plan = ExitPlanner.Plan(1.50m, Regular, new StrategyOptions { StopTriggerMethod = TriggerMethod.DoubleBidAsk }, IndexOptionContract.Spx);

        Assert.Equal(TriggerMethod.DoubleBidAsk, plan.StopTriggerMethod);
    }

    [Fact]
    public void Plan_RegularDay_TimeExitAt1130NewYork()
    {
        var plan = ExitPlanner.Plan(1.50m, Regular, new StrategyOptions(), IndexOptionContract.Spx);

        Assert.Equal(new TimeOnly(11, 30), plan.TimeExitEt);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 15, 30, 0, TimeSpan.Zero), plan.TimeExitAt.ToUniversalTime());
        Assert.Equal("configured time exit 11:30 ET", plan.TimeExitRule);
    }

    [Fact]
    public void Plan_EarlyCloseDayWithLateTimeExit_CappedFifteenMinutesBeforeClose()
    {
        var options = new StrategyOptions { TimeExit = new TimeOnly(12, 55) };

        var plan = ExitPlanner.Plan(1.50m, EarlyClose, options, IndexOptionContract.Spx);

        Assert.Equal(new TimeOnly(12, 45), plan.TimeExitEt);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 17, 45, 0, TimeSpan.Zero), plan.TimeExitAt.ToUniversalTime());
        Assert.Equal("15 min before the 13:00 ET close (configured 12:55 is later)", plan.TimeExitRule);
    }

    [Fact]
    public void Plan_EarlyCloseDayDefaultTimeExit_StaysAt1130()
    {
        var plan = ExitPlanner.Plan(1.50m, EarlyClose, new StrategyOptions(), IndexOptionContract.Spx);

        Assert.Equal(new TimeOnly(11, 30), plan.TimeExitEt);
    }

    [Theory]
    [InlineData(15, 44, 15, 44)]
    [InlineData(15, 45, 15, 45)]
    [InlineData(15, 50, 15, 45)]
    public void Plan_RegularDayLateTimeExit_NeverAfter1545(int hour, int minute, int expectedHour, int expectedMinute)
    {
        var options = new StrategyOptions { TimeExit = new TimeOnly(hour, minute) };

        var plan = ExitPlanner.Plan(1.50m, Regular, options, IndexOptionContract.Spx);

        Assert.Equal(new TimeOnly(expectedHour, expectedMinute), plan.TimeExitEt);
    }

    [Fact]
    public void Plan_ZeroCredit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExitPlanner.Plan(0m, Regular, new StrategyOptions(), IndexOptionContract.Spx));
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
