using Condor.Engine.Configuration;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>Whole sessions through the engine: the simulator over a real socket, on its virtual clock, a real journal.</summary>
public sealed class EngineDayTests
{
    [Fact]
    public async Task Day_WarmupThenEntry_FillsAndPlacesThreeExitsInOneOcaGroup()
    {
        // The chase reaches the natural price after four re-prices: the simulator's fill model fills by then.
        await using var h = await EngineHarness.StartAsync(strategy: s => s.ChaseSpreadFraction = 0.25m);

        await h.RunEntryAsync();

        var s = h.Snapshot;
        Assert.True(s.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(s));
        Assert.All(s.Phases.Phases, p => Assert.Equal(PhaseStatus.Done, p.Status));
        Assert.NotNull(s.Decision?.Chosen);
        Assert.NotEmpty(s.Decision.Put!.Candidates);
        Assert.NotNull(s.Position);
        Assert.Equal(1, s.Position.Quantity);
        Assert.Equal(3, s.Position.Exits.Length);
        var entry = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1");
        var exits = h.Orders.Where(o => o.Order.OrderRef != entry.Order.OrderRef).ToList();
        Assert.Equal(3, exits.Count);
        Assert.Single(exits.Select(o => o.Order.OcaGroup).Distinct());
        var trade = await h.Journal.GetOpenTradeAsync(GatewayHarness.Session, h.Token);
        Assert.NotNull(trade);
        Assert.Equal(TradeStatus.Open, trade.Status);
        Assert.Contains(h.Events, e => e is Fill { Role: OrderRole.Entry } f && f.Mode == TradingMode.Simulated);
        Assert.All(h.Events, e => Assert.Equal(TradingMode.Simulated, e.Mode));
    }
}
