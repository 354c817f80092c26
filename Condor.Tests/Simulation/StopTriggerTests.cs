using Condor.Engine.Broker;
using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

/// <summary>IB's stop trigger methods as the simulator applies them (a SELL stop at −10: the combo costs 10 or more to close).</summary>
public sealed class StopTriggerTests
{
    private static ComboOrder Stop(TriggerMethod method, bool combo = true, bool previousHit = false) =>
        new("s", TradeSide.Sell, ComboOrderType.Stop, 1, StopPrice: -10m, Trigger: method, IsCombo: combo, PreviousTriggerHit: previousHit);

    [Theory]
    [InlineData(TriggerMethod.Default)]
    [InlineData(TriggerMethod.Last)]
    [InlineData(TriggerMethod.DoubleLast)]
    public void Evaluate_ComboTradeBasedMethod_NeverTriggersOnQuotes(TriggerMethod method)
    {
        var decision = StopTrigger.Evaluate(Stop(method), bid: -12m, ask: -11m, mid: -11.5m, natural: -12m);

        Assert.Equal(FillOutcome.Working, decision.Outcome);
    }

    [Theory]
    [InlineData(TriggerMethod.MidPoint, -10.2, -9.6, true)] // mid −9.9: not through −10
    [InlineData(TriggerMethod.MidPoint, -10.4, -9.8, false)] // mid −10.1
    [InlineData(TriggerMethod.BidAsk, -10.0, -9.0, false)] // sell stop: the bid
    [InlineData(TriggerMethod.BidAsk, -9.95, -9.0, true)]
    [InlineData(TriggerMethod.LastOrBidAsk, -10.0, -9.0, false)]
    public void Evaluate_QuoteMethod_TriggersWhenItsPriceIsThrough(TriggerMethod method, double bid, double ask, bool working)
    {
        var (b, a) = ((decimal)bid, (decimal)ask);

        var decision = StopTrigger.Evaluate(Stop(method), b, a, (b + a) / 2, b);

        Assert.Equal(working ? FillOutcome.Working : FillOutcome.Filled, decision.Outcome);
    }

    [Fact]
    public void Evaluate_DoubleBidAsk_NeedsTwoConsecutiveObservations()
    {
        var first = StopTrigger.Evaluate(Stop(TriggerMethod.DoubleBidAsk), -10.5m, -9m, -9.75m, -10.5m);
        var second = StopTrigger.Evaluate(Stop(TriggerMethod.DoubleBidAsk, previousHit: first.TriggerHit), -10.5m, -9m, -9.75m, -10.5m);

        Assert.Equal((FillOutcome.Working, true), (first.Outcome, first.TriggerHit));
        Assert.Equal(FillOutcome.Filled, second.Outcome);
    }

    [Fact]
    public void Evaluate_SingleOptionDefault_IsDoubleBidAsk()
    {
        var first = StopTrigger.Evaluate(Stop(TriggerMethod.Default, combo: false), -10.5m, -9m, -9.75m, -10.5m);
        var second = StopTrigger.Evaluate(Stop(TriggerMethod.Default, combo: false, previousHit: true), -10.5m, -9m, -9.75m, -10.5m);

        Assert.Equal((FillOutcome.Working, FillOutcome.Filled), (first.Outcome, second.Outcome));
    }
}
