using Condor.Engine.Execution.Phases;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>After the fill: the engine watches the position until an exit closes it (the orders' components decide how).</summary>
public sealed class EngineExitTests
{
    [Fact]
    public async Task Day_TimeExit_ClosesTheTradeAsTimeAndThePositionLeavesTheSnapshot()
    {
        // A time exit right after the deadline: the MKT exit fills once its goodAfterTime is reached.
        await using var h = await EngineHarness.StartAsync(strategy: s =>
        {
            s.ChaseSpreadFraction = 0.25m;
            s.TimeExit = new TimeOnly(9, 40);
        });
        await h.RunEntryAsync();
        Assert.True(h.Snapshot.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(h.Snapshot));
        var tradeId = h.Snapshot.Position!.TradeId;

        await h.SkipToAsync(GatewayHarness.Et(9, 39, 50));
        await h.RunUntilAsync(s => s.Position is null, GatewayHarness.Et(9, 42), "closed by the time exit");

        var trade = await h.Journal.GetTradeAsync(tradeId, h.Token);
        Assert.Equal(TradeStatus.Closed, trade!.Status);
        Assert.Equal(ExitReason.Time, trade.ExitReason);
        Assert.Empty(h.Snapshot.WorkingOrders);
    }

    [Fact]
    public async Task EarlyCloseDay_TimeExitCappedBeforeTheClose()
    {
        // 2026-11-27, the day after Thanksgiving, closes at 13:00: a 12:55 time exit is capped before the close.
        var friday = new DateOnly(2026, 11, 27);
        await using var h = await EngineHarness.StartAsync(
            start: ExchangeTime.AtNewYork(friday, new TimeOnly(9, 25)),
            strategy: s =>
            {
                s.ChaseSpreadFraction = 0.25m;
                s.TimeExit = new TimeOnly(12, 55);
            });

        await h.SkipToAsync(ExchangeTime.AtNewYork(friday, new TimeOnly(9, 31, 50)));
        await h.RunUntilAsync(
            s => s.Decision?.NoTradeReason is not null || s.Phases[EntryPhase.Protect].Status is PhaseStatus.Done or PhaseStatus.Failed,
            ExchangeTime.AtNewYork(friday, new TimeOnly(9, 34)),
            "through the entry");

        Assert.True(h.Snapshot.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(h.Snapshot));
        var session = ExchangeCalendar.Default.GetSession(friday)!;
        Assert.True(session.Close < ExchangeTime.AtNewYork(friday, new TimeOnly(16, 0)));
        var time = Assert.Single(h.Orders, o => o.Order.OrderRef.Contains(":time:", StringComparison.Ordinal));
        var expected = Condor.Engine.Strategy.ExitPlanner.TimeExit(session, new Condor.Engine.Strategy.StrategyOptions { TimeExit = new TimeOnly(12, 55) }).TimeExit;
        Assert.True(expected < new TimeOnly(12, 55));
        Assert.StartsWith($"20261127 {expected:HH:mm:ss}", time.Order.GoodAfterTime, StringComparison.Ordinal);
    }
}
