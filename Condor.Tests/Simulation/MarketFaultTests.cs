using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using static Condor.Tests.Simulation.SimulationFixtures;

namespace Condor.Tests.Simulation;

public sealed class MarketFaultTests
{
    [Fact]
    public void Chain_NaNFaultOnPut_PutHasNoBidAskCallUntouched()
    {
        var scenario = new SimulationScenario { QuoteFaults = [new StrikeFault(5950, QuoteFaultKind.NaNBidAsk, OptionRight.Put)] };
        var chain = Model(scenario: scenario).Chain(Underlying.SPX, Session, Et(9, 32), SpxTicks);

        var put = chain.Find(5950, OptionRight.Put)!;
        Assert.Equal(QuoteCondition.NotANumber, put.Condition);
        Assert.Null(put.Bid);
        Assert.Null(put.Ask);
        Assert.Null(put.Mid);
        Assert.NotNull(put.Greeks);

        var call = chain.Find(5950, OptionRight.Call)!;
        Assert.Equal(QuoteCondition.Normal, call.Condition);
        Assert.NotNull(call.Bid);
    }

    [Fact]
    public void Chain_MissingBidAskBothRights_BothMissing()
    {
        var scenario = new SimulationScenario { QuoteFaults = [new StrikeFault(6050, QuoteFaultKind.MissingBidAsk)] };
        var chain = Model(scenario: scenario).Chain(Underlying.SPX, Session, Et(9, 32), SpxTicks);
        Assert.All(chain.Options.Where(o => o.Strike == 6050), o => Assert.Equal(QuoteCondition.Missing, o.Condition));
        Assert.All(chain.Options.Where(o => o.Strike == 6050), o => Assert.Null(o.Ask));
        Assert.Equal(2, chain.Options.Count(o => o.Condition != QuoteCondition.Normal));
    }

    [Fact]
    public void Chain_NoGreeksFault_GreeksNullQuoteStillThere()
    {
        var scenario = new SimulationScenario { QuoteFaults = [new StrikeFault(5940, QuoteFaultKind.NoGreeks, OptionRight.Put, Underlying.SPX)] };
        var model = Model(scenario: scenario);
        var put = model.Chain(Underlying.SPX, Session, Et(9, 32), SpxTicks).Find(5940, OptionRight.Put)!;
        Assert.Null(put.Greeks);
        Assert.NotNull(put.Bid);
        Assert.NotNull(model.Chain(Underlying.SPX, Session, Et(9, 32), SpxTicks).Find(5945, OptionRight.Put)!.Greeks);
    }

    [Fact]
    public void QuoteCombo_LegWithNaNQuote_ComboHasNoBidAsk()
    {
        var scenario = new SimulationScenario { QuoteFaults = [new StrikeFault(5920, QuoteFaultKind.NaNBidAsk)] };
        var combo = Model(scenario: scenario).QuoteCombo(Underlying.SPX, Session, ComboLeg.IronCondor(5900, 5920, 6080, 6100), Et(9, 32), SpxTicks)!;
        Assert.Null(combo.Bid);
        Assert.Null(combo.Ask);
        Assert.Null(combo.Mid);
    }

    [Fact]
    public void Chain_NoExpiryToday_NoOptionsListed()
    {
        var model = Model(scenario: new SimulationScenario { NoExpiryToday = true });
        var chain = model.Chain(Underlying.SPX, Session, Et(9, 32), SpxTicks);
        Assert.False(chain.HasExpiry);
        Assert.Empty(chain.Options);
        Assert.Empty(model.Strikes(Underlying.XSP, Session));
        Assert.True(model.HasExpiry(Session.AddDays(1)));
    }

    [Fact]
    public void Chain_NoExpiryOnDate_OnlyThatDateUnlisted()
    {
        var model = Model(scenario: new SimulationScenario { NoExpiryOn = [Session.AddDays(1)] });
        Assert.True(model.HasExpiry(Session));
        Assert.False(model.HasExpiry(Session.AddDays(1)));
    }

    [Fact]
    public void Chain_NotATradingDay_NoExpiry()
    {
        var model = Model(isTradingDay: d => d != Session);
        Assert.False(model.Chain(Underlying.SPX, Session, Et(9, 32), SpxTicks).HasExpiry);
        Assert.True(model.HasExpiry(Session.AddDays(1)));
    }
}
