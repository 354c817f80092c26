using Condor.Engine.Broker;

namespace Condor.Engine.Simulation;

/// <summary>
/// When a simulated stop triggers, by IB's trigger methods (TWS API "Order.triggerMethod"; IB simulates stops on
/// combos): 0 default = double bid/ask for US options, last for combos; 1 double bid/ask; 2 last; 3 double last;
/// 4 bid/ask; 7 last or bid/ask; 8 mid-point. A sell stop looks at the bid, a buy stop at the ask (bid/ask
/// methods); "double" needs two consecutive observations (evaluation ticks) at or through the stop. The simulator
/// prints no trades, so last-based methods never trigger — as at IB, where an SPX option combo rarely prints, a
/// combo stop left at the default does not fire on quotes.
/// </summary>
internal static class StopTrigger
{
    public static FillDecision Evaluate(ComboOrder order, decimal bid, decimal ask, decimal mid, decimal natural)
    {
        var stop = order.StopPrice!.Value;
        var buy = order.Side == TradeSide.Buy;
        bool Through(decimal price) => buy ? price >= stop : price <= stop;
        var (source, twice) = Method(order);
        var hit = source switch
        {
            Source.BidAsk => Through(buy ? ask : bid),
            Source.Mid => Through(mid),
            _ => false,
        };
        return hit && (!twice || order.PreviousTriggerHit)
            ? new FillDecision(FillOutcome.Filled, natural, $"stop triggered ({order.Trigger}), filled at the natural price", StopTriggered: true, TriggerHit: true)
            : new FillDecision(FillOutcome.Working, null, source == Source.Trades ? $"stop waits for a trade ({order.Trigger})" : "stop not triggered", TriggerHit: hit);
    }

    private static (Source Source, bool Twice) Method(ComboOrder order) => order.Trigger switch
    {
        TriggerMethod.Default => order.IsCombo ? (Source.Trades, false) : (Source.BidAsk, true),
        TriggerMethod.DoubleBidAsk => (Source.BidAsk, true),
        TriggerMethod.BidAsk or TriggerMethod.LastOrBidAsk => (Source.BidAsk, false),
        TriggerMethod.MidPoint => (Source.Mid, false),
        _ => (Source.Trades, false),
    };

    private enum Source
    {
        Trades,
        BidAsk,
        Mid,
    }
}
