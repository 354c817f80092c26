using Condor.Engine.Configuration;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Execution.Orders;

/// <summary>The open position's live P/L and distances, pure.</summary>
public sealed class PositionFiguresTests
{
    [Fact]
    public void Of_QuotesMoved_LegAndTotalPnlInDollarsAndPercentOfCreditAndDistances()
    {
        var day = new DateOnly(2026, 11, 23);
        static OptionQuote Q(OptionRight right, decimal strike, decimal bid, decimal ask) => new(right, strike, bid, ask, 0.1);
        var entry = new IronCondor(Q(OptionRight.Put, 5880, 0.50m, 0.60m), Q(OptionRight.Put, 5900, 1.40m, 1.60m), Q(OptionRight.Call, 6100, 1.40m, 1.60m), Q(OptionRight.Call, 6120, 0.50m, 0.60m));
        var legs = new CondorLegs(entry, IndexOptionContract.Spx, 11, 12, 13, 14);
        var prices = new Dictionary<int, decimal> { [11] = 0.55m, [12] = 1.50m, [13] = 1.50m, [14] = 0.55m };
        var position = new OpenPosition(1, day, TradingMode.Simulated, legs, 2, 1.90m, new TradingSession(day, false), prices);
        var now = new IronCondor(Q(OptionRight.Put, 5880, 0.30m, 0.40m), Q(OptionRight.Put, 5900, 0.90m, 1.10m), Q(OptionRight.Call, 6100, 1.40m, 1.60m), Q(OptionRight.Call, 6120, 0.50m, 0.60m));

        var pnl = PositionFigures.Of(position, new PositionTick(now, 5990m), DateTimeOffset.UnixEpoch);

        Assert.Equal(1.60m, pnl.MidDebit); // 1.00 + 1.50 − 0.35 − 0.55
        Assert.Equal(60m, pnl.TotalPnl); // (1.90 − 1.60) × 100 × 2
        Assert.Equal(15.8m, pnl.PercentOfCredit);
        Assert.Equal([-40m, 100m, 0m, 0m], pnl.Legs.Select(l => l.Pnl!.Value)); // long put lost 0.20, short put gained 0.50, × 200
        Assert.Equal((90m, 110m), (pnl.DistanceToShortPut!.Value, pnl.DistanceToShortCall!.Value));
    }
}
