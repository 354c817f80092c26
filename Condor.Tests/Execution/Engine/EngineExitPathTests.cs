using Condor.Engine.Broker;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>
/// A whole day through the engine (timeline, phases, chase, exits) for each exit path, over the simulator's socket on
/// its virtual clock with a real journal: the journal holds the trade with its four legs, orders, executions,
/// commissions, the exit reason and the P/L the broker's executions give (recomputed here from those executions).
/// </summary>
public sealed class EngineExitPathTests
{
    [Fact]
    public async Task Day_TargetReached_ClosedAsProfitTargetSiblingsCancelledNothingReplaced()
    {
        await using var h = await EngineHarness.StartAsync(strategy: s =>
        {
            s.ChaseSpreadFraction = 0.25m;
            s.ProfitTargetPercent = 10m;
            s.TimeExit = new TimeOnly(15, 30);
        });
        var tradeId = await EnterAsync(h);

        await WatchUntilClosedAsync(h, GatewayHarness.Et(15, 29));

        var trade = await AssertJournaledAsync(h, tradeId, ExitReason.ProfitTarget);
        var target = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:target:1");
        Assert.Equal(Math.Abs(target.Order.LmtPrice!.Value), trade.ExitPrice); // the limit fills at its price
        Assert.Equal(4, (await h.Journal.GetOrdersAsync(tradeId, h.Token)).Count); // entry, target, stop, time: nothing re-placed
        Assert.Empty(h.Snapshot.WorkingOrders);
    }

    [Fact]
    public async Task Day_BrokersStopOnTheMidPoint_ClosedAsStop()
    {
        await using var h = await EngineHarness.StartAsync(seed: 2, strategy: StopDay(TriggerMethod.MidPoint));
        var tradeId = await EnterAsync(h);

        await WatchUntilClosedAsync(h, GatewayHarness.Et(15, 29));

        await AssertJournaledAsync(h, tradeId, ExitReason.Stop);
        var stop = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:stop:1");
        Assert.Equal(("STP", TriggerMethod.MidPoint), (stop.Order.OrderType, stop.Order.TriggerMethod));
        Assert.Equal(4, (await h.Journal.GetOrdersAsync(tradeId, h.Token)).Count);
    }

    [Fact]
    public async Task Day_BrokersStopNeverFires_OwnWatchRepricesTheTargetToMarketable_ClosedByTheTarget()
    {
        // A stop triggered on Last never fires on a combo in the simulator (no combo trade prints), as IB's default would not.
        await using var h = await EngineHarness.StartAsync(seed: 2, strategy: StopDay(TriggerMethod.Last));
        var tradeId = await EnterAsync(h);
        var placedTarget = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:target:1").Order.LmtPrice!.Value;

        await WatchUntilClosedAsync(h, GatewayHarness.Et(15, 29));

        await AssertJournaledAsync(h, tradeId, ExitReason.ProfitTarget); // the target order closed it
        var target = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:target:1");
        Assert.Equal("LMT", target.Order.OrderType); // a modification changes the price, not the type
        Assert.True(Math.Abs(target.Order.LmtPrice!.Value) > Math.Abs(placedTarget), $"re-priced to marketable: {target.Order.LmtPrice} (placed {placedTarget})");
        Assert.Equal(4, (await h.Journal.GetOrdersAsync(tradeId, h.Token)).Count); // never a second closing order
        Assert.Contains(h.Events, e => e is Condor.Engine.Execution.Snapshot.UrgentAlert);
    }

    [Fact]
    public async Task Day_ExitsHeldUntilTheClose_ClosedAsExpiryFromTheSettlementProvisional()
    {
        // The target (the 2nd LMT after the entry), the stop and the time exit wait for a confirmation that never comes.
        var scenario = new SimulationScenario
        {
            OrderFaults =
            [
                new OrderFault(OrderFaultKind.ConfirmationHold, "LMT", Occurrence: 2),
                new OrderFault(OrderFaultKind.ConfirmationHold, "STP"),
                new OrderFault(OrderFaultKind.ConfirmationHold, "MKT"),
            ],
        };
        await using var h = await EngineHarness.StartAsync(scenario: scenario, strategy: s =>
        {
            s.ChaseSpreadFraction = 0.25m;
            s.TimeExit = new TimeOnly(15, 30);
        });
        var tradeId = await EnterAsync(h);

        await WatchUntilClosedAsync(h, GatewayHarness.Et(16, 20));

        var trade = await CommissionsInAsync(h, tradeId);
        Assert.Equal((TradeStatus.Closed, ExitReason.Expiry), (trade.Status, trade.ExitReason));
        Assert.Equal(4, trade.Legs.Count);
        var close = trade.SettlementPrice!.Value;
        var strikes = trade.Legs.ToDictionary(l => l.Position, l => l.Strike);
        var settlement = Math.Max(0, strikes[LegPosition.ShortPut] - close) - Math.Max(0, strikes[LegPosition.LongPut] - close)
            + Math.Max(0, close - strikes[LegPosition.ShortCall]) - Math.Max(0, close - strikes[LegPosition.LongCall]);
        var (entryCredit, _) = await EntryAndCommissionsAsync(h);
        Assert.Equal(Math.Round((entryCredit - (settlement * 100)) * trade.Contracts, 2), Math.Round(trade.PnlGross!.Value, 2));
        Assert.Equal(Math.Round(trade.PnlGross.Value - trade.Commissions!.Value, 2), Math.Round(trade.PnlNet!.Value, 2));
        Assert.Equal(4, (await h.Journal.GetOrdersAsync(tradeId, h.Token)).Count); // cancelled at the close: nothing re-placed
    }

    private static Action<StrategyOptions> StopDay(TriggerMethod trigger) => s =>
    {
        s.ChaseSpreadFraction = 0.25m;
        s.TargetDeltaPoints = 40m;
        s.DeltaCeilingPoints = 45m;
        s.StopMultiple = 1.3m;
        s.ProfitTargetPercent = 99m;
        s.StopTriggerMethod = trigger;
        s.TimeExit = new TimeOnly(15, 30);
    };

    private static async Task<long> EnterAsync(EngineHarness h)
    {
        await h.RunEntryAsync();
        Assert.True(h.Snapshot.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(h.Snapshot));
        return h.Snapshot.Position!.TradeId;
    }

    /// <summary>Skips the clock in small steps (the watch looks every second) until the position leaves the snapshot.</summary>
    private static async Task WatchUntilClosedAsync(EngineHarness h, DateTimeOffset until)
    {
        while (h.Snapshot.Position is not null)
        {
            Assert.True(h.Clock.GetUtcNow() < until, $"still open at {until:HH:mm}: {EngineHarness.Describe(h.Snapshot)}; alerts: "
                + string.Join(" | ", h.Events.OfType<Condor.Engine.Execution.Snapshot.UrgentAlert>().Select(a => a.Message)));
            await h.SkipToAsync(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2));
        }

    }

    /// <summary>The trade once every commission report is journaled (they follow the executions).</summary>
    private static async Task<TradeRecord> CommissionsInAsync(EngineHarness h, long tradeId)
    {
        // Bounded by both clocks: 120 virtual seconds, and enough wall time for a starved engine to journal what arrived.
        var until = h.Clock.GetUtcNow() + TimeSpan.FromSeconds(120);
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var trade = (await h.Journal.GetTradeAsync(tradeId, h.Token))!;
        while (trade.CommissionsPending > 0 && (h.Clock.GetUtcNow() < until || wall.Elapsed < TimeSpan.FromSeconds(30)))
        {
            await h.SkipToAsync(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
            trade = (await h.Journal.GetTradeAsync(tradeId, h.Token))!;
        }

        return trade;
    }

    /// <summary>
    /// The trade is closed with that reason, with four legs, and the P/L equals what the broker's leg executions give:
    /// sold legs in, bought legs out, × 100; net of every commission.
    /// </summary>
    internal static async Task<TradeRecord> AssertJournaledAsync(EngineHarness h, long tradeId, ExitReason reason)
    {
        var trade = await CommissionsInAsync(h, tradeId);
        Assert.Equal((TradeStatus.Closed, reason), (trade.Status, trade.ExitReason));
        Assert.Equal(4, trade.Legs.Count);
        Assert.All(trade.Legs, l => Assert.True(l.OpenPrice is not null && l.ClosePrice is not null, $"leg {l.Position} executions"));
        var orders = await h.Journal.GetOrdersAsync(tradeId, h.Token);
        Assert.Contains(orders, o => o.OrderRef.Role == OrderRole.Entry && o.Filled == trade.Contracts);

        var executions = await h.Client.GetExecutionsAsync(new ExecutionFilter(), h.Token);
        var legs = executions.Where(e => e.Contract.SecType == "OPT").ToList();
        Assert.Equal(8 * trade.Contracts, legs.Sum(e => (int)e.Execution.Shares!.Value)); // four legs in, four out
        var gross = legs.Sum(e => (e.Execution.Side == "SLD" ? 1 : -1) * e.Execution.Price!.Value * e.Execution.Shares!.Value * 100);
        Assert.Equal(Math.Round(gross, 2), Math.Round(trade.PnlGross!.Value, 2));
        Assert.Equal(0, trade.CommissionsPending);
        Assert.True(trade.Commissions > 0, "commissions journaled");
        Assert.Equal(Math.Round(trade.PnlGross.Value - trade.Commissions!.Value, 2), Math.Round(trade.PnlNet!.Value, 2));
        return trade;
    }

    /// <summary>The entry's credit in dollars per contract from the broker's opening leg executions.</summary>
    private static async Task<(decimal Credit, int Count)> EntryAndCommissionsAsync(EngineHarness h)
    {
        var executions = await h.Client.GetExecutionsAsync(new ExecutionFilter(), h.Token);
        var legs = executions.Where(e => e.Contract.SecType == "OPT" && e.Execution.OrderRef.Contains(":entry:", StringComparison.Ordinal)).ToList();
        var quantity = legs.Where(e => e.Execution.Side == "SLD").Sum(e => e.Execution.Shares!.Value) / 2;
        var credit = legs.Sum(e => (e.Execution.Side == "SLD" ? 1 : -1) * e.Execution.Price!.Value * e.Execution.Shares!.Value * 100) / quantity;
        return (credit, legs.Count);
    }
}
