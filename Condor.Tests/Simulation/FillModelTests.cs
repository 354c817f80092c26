using Condor.Engine.Market;
using Condor.Engine.Simulation;
using ComboQuote = Condor.Engine.Simulation.ComboQuote;
using static Condor.Tests.Simulation.SimulationFixtures;

namespace Condor.Tests.Simulation;

public sealed class FillModelTests
{
    private static readonly IReadOnlyList<ComboLeg> Condor = ComboLeg.IronCondor(5900, 5920, 6080, 6100);

    private static ComboQuote Quote(SimulationScenario? scenario = null) =>
        Model(scenario: scenario).QuoteCombo(Underlying.SPX, Session, Condor, Et(9, 32), SpxTicks)!;

    private static FillModel Fills(ulong seed = 42, SimulationScenario? scenario = null, double probability = 0.25) =>
        new(seed, new FillModelOptions { ProbabilityBetweenMidAndNatural = probability }, scenario ?? SimulationScenario.None, ComboTicks);

    private static ComboOrder Limit(decimal price, TradeSide side = TradeSide.Buy, string id = "condor:20261123:entry:1") =>
        new(id, side, ComboOrderType.Limit, 1, LimitPrice: price);

    private static decimal TickInside(decimal mid, TradeSide side) =>
        side == TradeSide.Buy ? Math.Ceiling(mid / 0.05m) * 0.05m : Math.Floor(mid / 0.05m) * 0.05m;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Evaluate_LimitAtNatural_FillsAtNatural(bool buy)
    {
        var side = buy ? TradeSide.Buy : TradeSide.Sell;
        var quote = Quote();
        var natural = quote.Natural(side)!.Value;
        var decision = Fills().Evaluate(Limit(natural, side), quote, Et(9, 32), Et(9, 32));
        Assert.Equal(FillOutcome.Filled, decision.Outcome);
        Assert.Equal(natural, decision.Price);
    }

    [Fact]
    public void Evaluate_LimitBeyondNatural_FillsAtNaturalNotAtLimit()
    {
        var quote = Quote();
        var decision = Fills().Evaluate(Limit(quote.Ask!.Value + 0.50m), quote, Et(9, 32), Et(9, 32));
        Assert.Equal(quote.Ask, decision.Price);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Evaluate_LimitBeyondMidOnWrongSide_NeverFills(bool buy)
    {
        var side = buy ? TradeSide.Buy : TradeSide.Sell;
        var quote = Quote();
        var inside = TickInside(quote.Mid!.Value, side);
        var wrong = side == TradeSide.Buy ? inside - 0.05m : inside + 0.05m;
        if (side == TradeSide.Buy ? wrong >= quote.Mid : wrong <= quote.Mid)
        {
            wrong += side == TradeSide.Buy ? -0.05m : 0.05m;
        }

        var fills = Fills(probability: 1);
        for (var s = 0; s < 600; s++)
        {
            Assert.Equal(FillOutcome.Working, fills.Evaluate(Limit(wrong, side), quote, Et(9, 32), Et(9, 32, s % 60).AddMinutes(s / 60)).Outcome);
        }
    }

    [Fact]
    public void Evaluate_BetweenMidAndNatural_FillsAtLimitWithConfiguredProbability()
    {
        var quote = Quote();
        var limit = TickInside(quote.Mid!.Value, TradeSide.Buy);
        Assert.True(limit < quote.Ask);
        var fills = Fills(probability: 0.25);
        var decisions = Enumerable.Range(0, 2000)
            .Select(s => fills.Evaluate(Limit(limit), quote, Et(9, 32), Et(9, 32).AddSeconds(s)))
            .ToList();
        var filled = decisions.Where(d => d.Outcome == FillOutcome.Filled).ToList();
        Assert.InRange(filled.Count / 2000.0, 0.21, 0.29);
        Assert.All(filled, d => Assert.Equal(limit, d.Price));
    }

    [Fact]
    public void Evaluate_SameInputs_SameDecision_EvenWithinTheSameSecond()
    {
        var quote = Quote();
        var limit = TickInside(quote.Mid!.Value, TradeSide.Buy);
        var a = Fills(seed: 9);
        var b = Fills(seed: 9);
        for (var s = 0; s < 200; s++)
        {
            var now = Et(9, 32).AddSeconds(s);
            var first = a.Evaluate(Limit(limit), quote, Et(9, 32), now);
            Assert.Equal(first, b.Evaluate(Limit(limit), quote, Et(9, 32), now));
            Assert.Equal(first, a.Evaluate(Limit(limit), quote, Et(9, 32), now.AddMilliseconds(900)));
        }
    }

    [Fact]
    public void Evaluate_DifferentSeedOrOrder_DifferentDecisionSequence()
    {
        var quote = Quote();
        var limit = TickInside(quote.Mid!.Value, TradeSide.Buy);
        string Pattern(FillModel fills, string id) => string.Concat(Enumerable.Range(0, 100).Select(s =>
            fills.Evaluate(Limit(limit, id: id), quote, Et(9, 32), Et(9, 32).AddSeconds(s)).Outcome == FillOutcome.Filled ? '1' : '0'));
        var baseline = Pattern(Fills(seed: 1), "a");
        Assert.Equal(baseline, Pattern(Fills(seed: 1), "a"));
        Assert.NotEqual(baseline, Pattern(Fills(seed: 2), "a"));
        Assert.NotEqual(baseline, Pattern(Fills(seed: 1), "b"));
    }

    [Fact]
    public void Evaluate_Market_FillsAtNatural()
    {
        var quote = Quote();
        var order = new ComboOrder("m", TradeSide.Sell, ComboOrderType.Market, 1);
        Assert.Equal(quote.Bid, Fills().Evaluate(order, quote, Et(9, 32), Et(9, 32)).Price);
    }

    [Fact]
    public void Evaluate_SellStop_TriggersWhenMidAtOrBelowStop()
    {
        var quote = Quote();
        var mid = quote.Mid!.Value;
        var below = new ComboOrder("s", TradeSide.Sell, ComboOrderType.Stop, 1, StopPrice: Math.Floor(mid / 0.05m) * 0.05m - 1m);
        var above = below with { StopPrice = Math.Ceiling(mid / 0.05m) * 0.05m };

        var waiting = Fills().Evaluate(below, quote, Et(9, 32), Et(9, 32));
        Assert.Equal(FillOutcome.Working, waiting.Outcome);
        Assert.False(waiting.StopTriggered);
        var triggered = Fills().Evaluate(above, quote, Et(9, 32), Et(9, 32));
        Assert.True(triggered.StopTriggered);
        Assert.Equal(quote.Bid, triggered.Price);
    }

    [Fact]
    public void Evaluate_BuyStop_TriggersWhenMidAtOrAboveStop()
    {
        var quote = Quote();
        var mid = quote.Mid!.Value;
        var order = new ComboOrder("s", TradeSide.Buy, ComboOrderType.Stop, 1, StopPrice: Math.Floor(mid / 0.05m) * 0.05m);
        Assert.True(Fills().Evaluate(order, quote, Et(9, 32), Et(9, 32)).StopTriggered);
        Assert.False(Fills().Evaluate(order with { StopPrice = order.StopPrice + 1m }, quote, Et(9, 32), Et(9, 32)).StopTriggered);
    }

    [Fact]
    public void Evaluate_PriceOffTickGrid_RejectedWith110()
    {
        var decision = Fills().Evaluate(Limit(-1.23m), Quote(), Et(9, 32), Et(9, 32));
        Assert.Equal(FillOutcome.Rejected, decision.Outcome);
        Assert.Equal(110, decision.ErrorCode);
    }

    [Fact]
    public void Evaluate_NeverFillScenario_WorkingEvenAtNatural()
    {
        var quote = Quote();
        var fills = Fills(scenario: new SimulationScenario { NeverFill = true });
        Assert.Equal(FillOutcome.Working, fills.Evaluate(Limit(quote.Ask!.Value), quote, Et(9, 32), Et(9, 40)).Outcome);
    }

    [Fact]
    public void Evaluate_FillDelayScenario_FillsOnlyAfterDelay()
    {
        var quote = Quote();
        var fills = Fills(scenario: new SimulationScenario { FillDelay = TimeSpan.FromSeconds(30) });
        Assert.Equal(FillOutcome.Working, fills.Evaluate(Limit(quote.Ask!.Value), quote, Et(9, 32), Et(9, 32, 29)).Outcome);
        Assert.Equal(FillOutcome.Filled, fills.Evaluate(Limit(quote.Ask!.Value), quote, Et(9, 32), Et(9, 32, 30)).Outcome);
    }

    [Fact]
    public void Evaluate_LegWithNaNQuote_StaysWorking()
    {
        var quote = Quote(new SimulationScenario { QuoteFaults = [new StrikeFault(5920, QuoteFaultKind.NaNBidAsk)] });
        Assert.Equal(FillOutcome.Working, Fills().Evaluate(Limit(-1.00m), quote, Et(9, 32), Et(9, 32)).Outcome);
    }

    [Fact]
    public void Allocate_LegPrices_SumToComboPrice()
    {
        var quote = Quote();
        var prices = LegPrices.Allocate(Condor, quote, -4.35m);
        Assert.Equal(-4.35m, prices[0] - prices[1] - prices[2] + prices[3]);
        Assert.All(prices, p => Assert.True(p >= 0));
    }

    [Fact]
    public void Evaluate_MarketWithGoodAfterTime_InactiveUntilThen()
    {
        var quote = Quote();
        var order = new ComboOrder("condor:20261123:time:1", TradeSide.Sell, ComboOrderType.Market, 1, GoodAfter: Et(11, 30));
        Assert.Equal(FillOutcome.Working, Fills().Evaluate(order, quote, Et(9, 35), Et(11, 29, 59)).Outcome);
        Assert.Equal(FillOutcome.Filled, Fills().Evaluate(order, quote, Et(9, 35), Et(11, 30)).Outcome);
    }
}
