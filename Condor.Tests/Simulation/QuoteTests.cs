using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using static Condor.Tests.Simulation.SimulationFixtures;

namespace Condor.Tests.Simulation;

public sealed class QuoteTests
{
    [Theory]
    [InlineData(Underlying.SPX)]
    [InlineData(Underlying.XSP)]
    public void Chain_BidAsk_OnTickGridNonNegativeAndOrdered(Underlying underlying)
    {
        var ticks = underlying == Underlying.SPX ? SpxTicks : XspTicks;
        foreach (var time in new[] { Et(9, 30), Et(9, 32), Et(14, 0) })
        {
            var chain = Model().Chain(underlying, Session, time, ticks);
            Assert.NotEmpty(chain.Options);
            foreach (var quote in chain.Options)
            {
                Assert.True(quote.Bid >= 0);
                Assert.True(quote.Ask > quote.Bid);
                Assert.True(ticks.IsValid(quote.Bid!.Value), $"bid {quote.Bid}");
                Assert.True(ticks.IsValid(quote.Ask!.Value), $"ask {quote.Ask}");
                Assert.InRange(quote.BidSize, 1, 250);
                Assert.InRange((double)quote.Greeks!.ModelPrice, (double)quote.Bid.Value, (double)quote.Ask.Value);
            }
        }
    }

    [Fact]
    public void Around_AtTheOpen_WiderThanAfterOpenWindow()
    {
        var options = new ChainOptions();
        var (openBid, openAsk) = QuoteSpread.Around(4.00, 0, TimeSpan.FromSeconds(10), options, SpxTicks);
        var (laterBid, laterAsk) = QuoteSpread.Around(4.00, 0, TimeSpan.FromMinutes(6), options, SpxTicks);
        Assert.True(openAsk - openBid > laterAsk - laterBid);
        Assert.Equal(options.OpenWidening, QuoteSpread.OpenFactor(TimeSpan.Zero, options));
        Assert.Equal(1, QuoteSpread.OpenFactor(options.OpenWindow, options));
    }

    [Fact]
    public void Around_FarStrike_WiderThanNearStrikeAtSamePrice()
    {
        var options = new ChainOptions();
        var (nearBid, nearAsk) = QuoteSpread.Around(10.00, 0.5, TimeSpan.FromHours(1), options, SpxTicks);
        var (farBid, farAsk) = QuoteSpread.Around(10.00, -4, TimeSpan.FromHours(1), options, SpxTicks);
        Assert.True(farAsk - farBid > nearAsk - nearBid);
    }

    [Fact]
    public void Chain_AtmWidthAtOpen_WiderThanAtTenOClock()
    {
        static decimal AtmWidth(OptionChain chain) => chain.Options
            .OrderBy(o => Math.Abs((double)o.Strike - chain.UnderlyingPrice)).Take(10).Sum(o => o.Ask!.Value - o.Bid!.Value);
        var model = Model();
        Assert.True(AtmWidth(model.Chain(Underlying.SPX, Session, Et(9, 30, 5), SpxTicks)) > AtmWidth(model.Chain(Underlying.SPX, Session, Et(10, 0), SpxTicks)));
    }

    [Fact]
    public void QuoteCombo_IronCondor_NaturalAndMidFromLegs()
    {
        var model = Model();
        var time = Et(9, 32);
        var legs = ComboLeg.IronCondor(5900, 5920, 6080, 6100);
        var combo = model.QuoteCombo(Underlying.SPX, Session, legs, time, SpxTicks)!;
        var q = legs.Select(l => model.Quote(Underlying.SPX, Session, l.Strike, l.Right, time, SpxTicks)!).ToList();

        Assert.Equal(q[0].Ask + q[3].Ask - q[1].Bid - q[2].Bid, combo.Ask);
        Assert.Equal(q[0].Bid + q[3].Bid - q[1].Ask - q[2].Ask, combo.Bid);
        Assert.True(combo.Ask < 0, "opening a condor is a credit");
        Assert.True(combo.Bid < combo.Mid && combo.Mid < combo.Ask);
        Assert.Equal(combo.Ask, combo.Natural(TradeSide.Buy));
        Assert.Equal(combo.Bid, combo.Natural(TradeSide.Sell));
        Assert.InRange(combo.ModelPrice, (double)combo.Bid!.Value, (double)combo.Ask!.Value);
    }

    [Fact]
    public void Quote_UnlistedStrike_Null()
    {
        Assert.Null(Model().Quote(Underlying.SPX, Session, 6001, OptionRight.Put, Et(10, 0), SpxTicks));
    }

    [Fact]
    public void Chain_AfterFourPm_ExpiredAndSettlesAgainstClose()
    {
        var model = Model();
        var chain = model.Chain(Underlying.SPX, Session, Et(16, 0), SpxTicks);
        Assert.True(chain.IsExpired);
        Assert.Empty(chain.Options);
        Assert.Null(model.Quote(Underlying.SPX, Session, 6000, OptionRight.Put, Et(16, 0, 1), SpxTicks));

        var close = Math.Round((decimal)model.Path.Spx(Et(16, 0)), 2, MidpointRounding.AwayFromZero);
        var strike = Math.Round(close / 5) * 5;
        Assert.Equal(Math.Max(0, close - strike), model.SettlementValue(Underlying.SPX, Session, strike, OptionRight.Call));
        Assert.Equal(Math.Max(0, strike - close), model.SettlementValue(Underlying.SPX, Session, strike, OptionRight.Put));
        Assert.Equal(close - (strike - 100), model.SettlementValue(Underlying.SPX, Session, strike - 100, OptionRight.Call));
        var xspClose = Math.Round((decimal)(model.Path.Spx(Et(16, 0)) / 10), 2, MidpointRounding.AwayFromZero);
        Assert.Equal(Math.Max(0, 600 - xspClose), model.SettlementValue(Underlying.XSP, Session, 600, OptionRight.Put));
    }

    [Fact]
    public void Quote_NearExpiry_ConvergesToIntrinsic()
    {
        var model = Model();
        var time = Et(15, 59, 59);
        var spot = model.UnderlyingPrice(Underlying.SPX, time);
        var itm = Math.Floor((decimal)spot / 5) * 5 - 50;
        var quote = model.Quote(Underlying.SPX, Session, itm, OptionRight.Call, time, SpxTicks)!;
        Assert.Equal(spot - (double)itm, quote.Greeks!.ModelPrice, 0);
        Assert.Equal(1, quote.Greeks.Delta, 3);
    }
}
