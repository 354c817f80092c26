using Condor.Engine.Market;
using Condor.Engine.Strategy;
using static Condor.Tests.Strategy.ChainBuilder;

namespace Condor.Tests.Strategy;

public sealed class ComboPricerTests
{
    [Fact]
    public void Price_FourPricedLegs_NaturalAndMidCredit()
    {
        var condor = new IronCondor(
            Put(5680, 5, 0.40m, 0.50m), Put(5700, 15, 2.00m, 2.10m), Call(5900, 15, 1.80m, 1.90m), Call(5920, 5, 0.30m, 0.40m));

        var pricing = ComboPricer.Price(condor);

        Assert.Equal(new ComboQuote(2.90m, 3.10m), pricing.Quote);
    }

    [Fact]
    public void Price_WingBidZero_StillPriceable()
    {
        var condor = new IronCondor(
            Put(5680, 1, 0m, 0.05m), Put(5700, 15, 1.00m, 1.10m), Call(5900, 15, 1.00m, 1.10m), Call(5920, 1, 0m, 0.05m));

        var pricing = ComboPricer.Price(condor);

        Assert.Equal(new ComboQuote(1.90m, 2.05m), pricing.Quote);
    }

    [Fact]
    public void Price_LegWithoutAsk_FailsClosedNamingTheLeg()
    {
        var condor = new IronCondor(
            Quote(OptionRight.Put, 5680, 0.40m, null), Put(5700, 15), Call(5900, 15), Call(5920, 5, 0.30m, 0.40m));

        var pricing = ComboPricer.Price(condor);

        Assert.False(pricing.IsPriceable);
        Assert.Equal("No usable quote for Put 5680 (bid 0.40, ask missing).", pricing.Problem);
    }
}
