using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using static Condor.Tests.Simulation.SimulationFixtures;

namespace Condor.Tests.Simulation;

public sealed class OptionChainModelTests
{
    [Fact]
    public void Chain_SameSeedDifferentQueryOrder_IdenticalQuotes()
    {
        var times = new[] { Et(9, 31), Et(13, 5, 17), Et(9, 32, 30), Et(15, 59, 59), Et(11, 0) };
        var first = Model(seed: 5);
        var second = Model(seed: 5);
        var forward = times.Select(t => first.Chain(Underlying.SPX, Session, t, SpxTicks)).ToList();
        var backward = times.Reverse().Select(t => second.Chain(Underlying.SPX, Session, t, SpxTicks)).Reverse().ToList();
        for (var i = 0; i < times.Length; i++)
        {
            Assert.Equal(forward[i].Options, backward[i].Options);
            Assert.Equal(forward[i].UnderlyingPrice, backward[i].UnderlyingPrice);
        }
    }

    [Fact]
    public void Chain_DifferentSeed_DifferentQuotes()
    {
        var a = Model(seed: 1).Chain(Underlying.SPX, Session, Et(10, 0), SpxTicks);
        var b = Model(seed: 2).Chain(Underlying.SPX, Session, Et(10, 0), SpxTicks);
        Assert.NotEqual(a.UnderlyingPrice, b.UnderlyingPrice);
        Assert.NotEqual(a.Options.Select(o => o.Greeks!.ModelPrice), b.Options.Select(o => o.Greeks!.ModelPrice));
    }

    [Theory]
    [InlineData(Underlying.SPX, 5)]
    [InlineData(Underlying.XSP, 1)]
    public void Strikes_AroundOpeningSpot_OnTheStrikeGrid(Underlying underlying, int step)
    {
        var model = Model();
        var strikes = model.Strikes(underlying, Session);
        var spot = model.UnderlyingPrice(underlying, Et(9, 30));
        Assert.All(strikes, k => Assert.Equal(0, k % step));
        Assert.All(strikes.Zip(strikes.Skip(1)), p => Assert.Equal(step, p.Second - p.First));
        Assert.InRange((double)strikes[0], (spot * 0.95) - 1e-6, (spot * 0.95) + step);
        Assert.InRange((double)strikes[^1], (spot * 1.05) - step, (spot * 1.05) + 1e-6);
    }

    [Theory]
    [InlineData(Underlying.SPX)]
    [InlineData(Underlying.XSP)]
    public void Chain_PutCallParity_HoldsForEveryStrike(Underlying underlying)
    {
        var options = new ChainOptions();
        var time = Et(10, 15);
        var chain = Model(chain: options).Chain(underlying, Session, time, underlying == Underlying.SPX ? SpxTicks : XspTicks);
        var years = (Et(16, 0) - time).TotalSeconds / (252.0 * 23400);
        foreach (var put in chain.Options.Where(o => o.Right == OptionRight.Put))
        {
            var call = chain.Find(put.Strike, OptionRight.Call)!;
            var parity = (chain.UnderlyingPrice * Math.Exp(-options.DividendYield * years)) - ((double)put.Strike * Math.Exp(-options.Rate * years));
            // Model prices: exact up to floating error (each leg has its own smile vol, but the same one for put and call).
            Assert.Equal(parity, call.Greeks!.ModelPrice - put.Greeks!.ModelPrice, 6);
            // Quoted mids: within half the two spreads.
            var tolerance = ((call.Ask - call.Bid) + (put.Ask - put.Bid)) / 2;
            Assert.True(Math.Abs((double)(call.Mid - put.Mid)!.Value - parity) <= (double)tolerance!.Value, $"parity broken at {put.Strike}");
        }
    }

    [Fact]
    public void Chain_Deltas_MonotonicInStrike()
    {
        var chain = Model().Chain(Underlying.SPX, Session, Et(9, 32), SpxTicks);
        var puts = chain.Options.Where(o => o.Right == OptionRight.Put).Select(o => o.Greeks!.Delta).ToList();
        var calls = chain.Options.Where(o => o.Right == OptionRight.Call).Select(o => o.Greeks!.Delta).ToList();
        Assert.All(puts.Zip(puts.Skip(1)), p => Assert.True(p.Second <= p.First));
        Assert.All(calls.Zip(calls.Skip(1)), p => Assert.True(p.Second <= p.First));
        Assert.All(puts, d => Assert.InRange(d, -1, 0));
        Assert.All(calls, d => Assert.InRange(d, 0, 1));
    }

    [Fact]
    public void Chain_Vix15FlatSmile_FifteenDeltaPutWhereIndependentBlackScholesPutsIt()
    {
        var options = new ChainOptions { SkewSlope = 0, SkewCurvature = 0 };
        var time = Et(9, 32);
        var chain = Model(path: CalmVix15(), chain: options).Chain(Underlying.SPX, Session, time, SpxTicks);
        Assert.Equal(15, chain.Vix, 9);
        var years = (Et(16, 0) - time).TotalSeconds / (252.0 * 23400);

        var expected = IndependentBlackScholes.PutStrikeForDelta(0.15, chain.UnderlyingPrice, years, 0.15, options.Rate, options.DividendYield);
        var fifteen = chain.Options.Where(o => o.Right == OptionRight.Put).MinBy(o => Math.Abs(o.Greeks!.Delta + 0.15))!;

        Assert.InRange((double)fifteen.Strike, expected - 5, expected + 5);
        Assert.InRange(expected, chain.UnderlyingPrice * 0.98, chain.UnderlyingPrice * 0.995);
        var independentDelta = IndependentBlackScholes.PutDelta(chain.UnderlyingPrice, (double)fifteen.Strike, years, 0.15, options.Rate, options.DividendYield);
        Assert.Equal(independentDelta, fifteen.Greeks!.Delta, 7);
    }

    [Fact]
    public void Chain_Skew_PutsRicherThanCallsAtSameDistance()
    {
        var chain = Model(path: CalmVix15()).Chain(Underlying.SPX, Session, Et(10, 0), SpxTicks);
        var atm = chain.Options.MinBy(o => Math.Abs((double)o.Strike - chain.UnderlyingPrice))!.Strike;
        var put = chain.Find(atm - 50, OptionRight.Put)!;
        var call = chain.Find(atm + 50, OptionRight.Call)!;
        Assert.True(put.Greeks!.ImpliedVolatility > call.Greeks!.ImpliedVolatility);
        Assert.True(put.Greeks.ImpliedVolatility > 0.15);
    }

    [Fact]
    public void Chain_EveryModelDelta_MatchesIndependentFormulaWithReportedVol()
    {
        var options = new ChainOptions();
        var time = Et(12, 0);
        var chain = Model(chain: options).Chain(Underlying.SPX, Session, time, SpxTicks);
        var years = (Et(16, 0) - time).TotalSeconds / (252.0 * 23400);
        foreach (var quote in chain.Options.Where(o => Math.Abs((double)o.Strike - chain.UnderlyingPrice) < 100))
        {
            var g = quote.Greeks!;
            var expected = quote.Right == OptionRight.Put
                ? IndependentBlackScholes.PutDelta(g.UnderlyingPrice, (double)quote.Strike, years, g.ImpliedVolatility, options.Rate, options.DividendYield)
                : IndependentBlackScholes.CallDelta(g.UnderlyingPrice, (double)quote.Strike, years, g.ImpliedVolatility, options.Rate, options.DividendYield);
            Assert.Equal(expected, g.Delta, 7);
        }
    }
}
