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
        new(seed, new FillModelOptions { ProbabilityBetweenMidAndNatural = probability, MidProbabilityFraction = 1, ReferenceSpreadTicks = 0 }, scenario ?? SimulationScenario.None, ComboTicks);

    /// <summary>The default fill model (the documented probabilities).</summary>
    private static FillModel DefaultFills(ulong seed) => new(seed, new FillModelOptions(), SimulationScenario.None, ComboTicks);

    /// <summary>A BUY combo quote (credits are negative) <paramref name="widthTicks"/> ticks of 0.05 wide with its mid on the grid.</summary>
    private static ComboQuote Synthetic(int widthTicks) => new(Et(9, 32), -5.00m - (widthTicks * 0.05m), -5.00m, 0, []);

    /// <summary>The share of seeds whose limit fills within the first <paramref name="seconds"/> evaluations.</summary>
    private static double FillRate(ComboQuote quote, decimal limit, int seconds, int seeds = 4000) =>
        Enumerable.Range(1, seeds).Count(seed =>
        {
            var fills = DefaultFills((ulong)seed);
            return Enumerable.Range(0, seconds).Any(s => fills.Evaluate(Limit(limit), quote, Et(9, 32), Et(9, 32).AddSeconds(s)).Outcome == FillOutcome.Filled);
        }) / (double)seeds;

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
    public void Evaluate_BetweenMidAndNaturalFlatOptions_FillsAtLimitWithConfiguredProbability()
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
    public void Evaluate_DefaultsAtTheMid_RarelyFillAtOnce()
    {
        var quote = Synthetic(20); // mid -5.50, natural -5.00

        var withinFiveSeconds = FillRate(quote, -5.50m, 5);

        // 2% a second: 1 − 0.98⁵ ≈ 9.6% of seeds within the first 5 s (4,000 seeds: ± about 1.4 points at 3σ).
        Assert.InRange(withinFiveSeconds, 0.08, 0.115);
    }

    [Fact]
    public void Evaluate_DefaultsStepsTowardNatural_EachStepFillsMoreOften()
    {
        var quote = Synthetic(20);
        var rates = Enumerable.Range(0, 10).Select(step => FillRate(quote, -5.50m + (step * 0.05m), 5, seeds: 2000)).ToList();

        Assert.All(rates.Zip(rates.Skip(2)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} !< {pair.Second}"));
        // Half-way (5 ticks of 10): 0.25 × (0.08 + 0.92 × 0.5) = 13.5% a second, 1 − 0.865⁵ ≈ 52% within 5 s.
        Assert.InRange(rates[5], 0.47, 0.57);
    }

    [Fact]
    public void Evaluate_DefaultsWideQuote_FillsLessOftenAtTheSamePosition()
    {
        var narrow = FillRate(Synthetic(20), -5.50m + 0.25m, 5, seeds: 2000); // half-way in a 20-tick quote
        var wide = FillRate(Synthetic(40), -6.00m + 0.50m, 5, seeds: 2000); // half-way in a 40-tick quote: half the chance

        Assert.InRange(narrow, 0.47, 0.57);
        Assert.InRange(wide, 0.26, 0.34); // 1 − (1 − 0.0675)⁵ ≈ 30%
    }

    [Fact]
    public void Evaluate_DefaultsChaseFromTheMid_MostFillAfterSomeSteps()
    {
        // The engine's chase: the mid, then 0.05 toward the natural every 5 s.
        var quote = Synthetic(20);
        var steps = Enumerable.Range(1, 1000).Select(seed =>
        {
            var fills = DefaultFills((ulong)seed);
            for (var second = 0; second < 60; second++)
            {
                var limit = Math.Min(-5.00m, -5.50m + (second / 5 * 0.05m));
                if (fills.Evaluate(Limit(limit), quote, Et(9, 32), Et(9, 32).AddSeconds(second)).Outcome == FillOutcome.Filled)
                {
                    return second / 5;
                }
            }

            return -1;
        }).ToList();

        Assert.InRange(steps.Count(s => s == 0) / 1000.0, 0.06, 0.14); // at the mid: rarely
        Assert.All(steps, s => Assert.InRange(s, 0, 10)); // the natural (step 10) always fills
        var median = steps.Order().ElementAt(500);
        Assert.InRange(median, 2, 5);
    }

    [Fact]
    public void Probability_DocumentedDefaults()
    {
        var options = new FillModelOptions();

        Assert.Equal(0.02, options.Probability(0, 20), 12);
        Assert.Equal(0.135, options.Probability(0.5, 20), 12);
        Assert.Equal(0.25, options.Probability(1, 20), 12);
        Assert.Equal(0.0675, options.Probability(0.5, 40), 12);
        Assert.Equal(0.135, options.Probability(0.5, 4), 12);
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
