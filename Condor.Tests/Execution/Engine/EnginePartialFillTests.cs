using Condor.Engine.Execution.Phases;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>Partial fills through the engine with Condor:Strategy:Contracts = 3.</summary>
public sealed class EnginePartialFillTests
{
    [Fact]
    public async Task PartialEntryAtTheDeadline_RestCancelledConfirmed_FilledPartProtectedOcaType2SizedToIt()
    {
        // The combo first fills 2 of 3; the rest never follows: the deadline cancels it.
        var scenario = new SimulationScenario { PartialFillQuantity = 2 };
        await using var h = await EngineHarness.StartAsync(scenario: scenario, strategy: s =>
        {
            s.ChaseSpreadFraction = 0.25m;
            s.Contracts = 3;
        });

        await h.RunEntryAsync();

        Assert.True(h.Snapshot.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(h.Snapshot));
        var entry = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1");
        Assert.Equal((3m, 2m, "Cancelled"), (entry.Order.TotalQuantity, entry.Filled, entry.Status.ToString()));
        Assert.True(h.Snapshot.Phases[EntryPhase.Protect].StartedAt >= GatewayHarness.Et(9, 33), "protected after the deadline's cancel");
        var exits = h.Orders.Where(o => o != entry).ToList();
        Assert.Equal(3, exits.Count);
        Assert.All(exits, o => Assert.Equal((2m, 2), (o.Order.TotalQuantity, o.Order.OcaType)));
        Assert.Single(exits.Select(o => o.Order.OcaGroup).Distinct());
        Assert.Equal(2, h.Snapshot.Position!.Quantity);
        Assert.DoesNotContain(h.Snapshot.WorkingOrders, w => w.Role == OrderRole.Entry);
        var trade = (await h.Journal.GetTradeAsync(h.Snapshot.Position.TradeId, h.Token))!;
        Assert.Equal(TradeStatus.Open, trade.Status);
    }

    [Fact]
    public async Task PartialExitFill_RestStaysProtected_ThenClosedAsTime()
    {
        // Every combo first fills 1 of 3, the rest 5 s later: the entry completes inside the window, the time exit in two parts.
        var scenario = new SimulationScenario { PartialFillQuantity = 1, PartialFillRemainderAfter = TimeSpan.FromSeconds(5) };
        await using var h = await EngineHarness.StartAsync(scenario: scenario, strategy: s =>
        {
            s.ChaseSpreadFraction = 0.25m;
            s.Contracts = 3;
            s.TimeExit = new TimeOnly(9, 40);
        });
        await h.RunEntryAsync();
        Assert.True(h.Snapshot.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(h.Snapshot));
        Assert.Equal(3, h.Snapshot.Position!.Quantity);
        var tradeId = h.Snapshot.Position.TradeId;

        await h.SkipToAsync(GatewayHarness.Et(9, 40, 2));

        var time = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:time:1");
        Assert.Equal(1m, time.Filled);
        Assert.Equal(2, time.Order.OcaType);
        Assert.NotNull(h.Snapshot.Position);
        foreach (var role in new[] { "target", "stop" })
        {
            var sibling = Assert.Single(h.Orders, o => o.Order.OrderRef == $"condor:20261123:{role}:1");
            Assert.Contains(sibling.Status.ToString(), new[] { "Submitted", "PreSubmitted" });
            Assert.True(sibling.Order.TotalQuantity - sibling.Filled >= 2m, $"{role} still covers the rest");
        }

        Assert.Equal(TradeStatus.Open, (await h.Journal.GetTradeAsync(tradeId, h.Token))!.Status);

        while (h.Snapshot.Position is not null && h.Clock.GetUtcNow() < GatewayHarness.Et(9, 42))
        {
            await h.SkipToAsync(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        }

        Assert.Null(h.Snapshot.Position);
        Assert.Equal(3m, time.Filled);
        Assert.Equal(4, (await h.Journal.GetOrdersAsync(tradeId, h.Token)).Count); // nothing re-placed
        await EngineExitPathTests.AssertJournaledAsync(h, tradeId, ExitReason.Time);
    }
}
