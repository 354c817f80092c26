using Condor.Engine.Market;
using Condor.Engine.Simulation;
using static Condor.Tests.Simulation.SimulationFixtures;

namespace Condor.Tests.Simulation;

public sealed class SimulatedMarketTests
{
    private static readonly MarketRules Rules = new(Weekdays, u => u == Underlying.SPX ? SpxTicks : XspTicks, _ => ComboTicks);

    [Fact]
    public void Today_StartLateEveningUtc_IsTheEasternDate()
    {
        var market = new SimulatedMarket(new SimulatorOptions { Start = new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero) }, Rules);
        Assert.Equal(Session, market.Today);
    }

    [Fact]
    public void Chain_NoExpiryTodayScenario_AppliesToStartSessionOnly()
    {
        var market = new SimulatedMarket(new SimulatorOptions { Start = Et(9, 25), Scenario = new SimulationScenario { NoExpiryToday = true } }, Rules);
        Assert.False(market.Chain(Underlying.SPX, Session, Et(9, 32)).HasExpiry);
        var tomorrow = Session.AddDays(1);
        Assert.True(market.Chain(Underlying.XSP, tomorrow, EasternTime.At(tomorrow, new TimeOnly(9, 32))).HasExpiry);
    }

    [Fact]
    public void Constructor_InvalidScenario_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SimulatedMarket(new SimulatorOptions { Scenario = new SimulationScenario { PartialFillQuantity = 0 } }, Rules));
    }

    [Fact]
    public void Chain_Xsp_UsesXspTicksAndTenthOfSpx()
    {
        var market = new SimulatedMarket(new SimulatorOptions { Path = PathOptions() }, Rules);
        var spx = market.Chain(Underlying.SPX, Session, Et(10, 0));
        var xsp = market.Chain(Underlying.XSP, Session, Et(10, 0));
        Assert.Equal(spx.UnderlyingPrice / 10, xsp.UnderlyingPrice, 9);
        Assert.Contains(xsp.Options, o => o.Bid % 0.05m != 0);
        Assert.All(xsp.Options, o => Assert.True(XspTicks.IsValid(o.Bid!.Value)));
    }

    [Fact]
    public void Chain_FullSpxChainEverySecond_AlwaysQuoted()
    {
        // (How fast chains are built is a bench/ measurement, not a timed unit test.)
        var market = new SimulatedMarket(new SimulatorOptions { Path = PathOptions() }, Rules);
        for (var i = 0; i < 200; i++)
        {
            Assert.NotEmpty(market.Chain(Underlying.SPX, Session, Et(10, 0).AddSeconds(i)).Options);
        }
    }
}
