using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Market;

public sealed class IndexOptionContractTests
{
    [Fact]
    public void For_Spx_DescribesSpxwOnCboe()
    {
        var spx = IndexOptionContract.For(Underlying.SPX);

        Assert.Equal(("SPX", "SPXW", "CBOE", "USD", 100, 5m), (spx.Symbol, spx.TradingClass, spx.Exchange, spx.Currency, spx.Multiplier, spx.StrikeSpacing));
        Assert.Equal(0.05m, spx.ComboTick.TickAt(10m));
        Assert.Equal(0.10m, spx.LegTick.TickAt(3m));
        Assert.Equal(0.05m, spx.LegTick.TickAt(2.95m));
    }

    [Fact]
    public void For_Xsp_DescribesXspWithPennyTicks()
    {
        var xsp = IndexOptionContract.For(Underlying.XSP);

        Assert.Equal(("XSP", "XSP", "CBOE", "USD", 100, 1m), (xsp.Symbol, xsp.TradingClass, xsp.Exchange, xsp.Currency, xsp.Multiplier, xsp.StrikeSpacing));
        Assert.Equal(0.01m, xsp.ComboTick.TickAt(5m));
        Assert.Equal(0.01m, xsp.LegTick.TickAt(5m));
    }

    [Theory]
    [InlineData(5805, true)]
    [InlineData(5807, false)]
    public void IsOnStrikeGrid_Spx_FivePointStrikes(int strike, bool expected)
    {
        Assert.Equal(expected, IndexOptionContract.Spx.IsOnStrikeGrid(strike));
    }
}
