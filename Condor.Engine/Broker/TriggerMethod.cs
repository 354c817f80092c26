namespace Condor.Engine.Broker;

/// <summary>
/// IB's <c>Order.triggerMethod</c>: which prices make a stop trigger. Values are IB's (TWS API reference,
/// "Order" class, triggerMethod). IB simulates stops on combos, and its <see cref="Default"/> for combos is
/// Last, which an SPX option combo rarely prints: a stop left at the default may never fire.
/// </summary>
public enum TriggerMethod
{
    /// <summary>0: IB's default ("double bid/ask" for OTC and US options, Last for everything else, including combos).</summary>
    Default = 0,

    /// <summary>1: two consecutive bid (or ask) prices.</summary>
    DoubleBidAsk = 1,

    /// <summary>2: the last price.</summary>
    Last = 2,

    /// <summary>3: two consecutive last prices.</summary>
    DoubleLast = 3,

    /// <summary>4: the bid (or ask) price.</summary>
    BidAsk = 4,

    /// <summary>7: the last price or the bid/ask.</summary>
    LastOrBidAsk = 7,

    /// <summary>8: the mid-point of bid and ask.</summary>
    MidPoint = 8,
}
