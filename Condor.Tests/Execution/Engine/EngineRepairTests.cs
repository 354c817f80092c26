using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>The exit-repair rule through the engine: the watch takes the gateway's events and repairs while the position is open.</summary>
public sealed class EngineRepairTests
{
    [Fact]
    public async Task BrokerCancelsTheStop_PositionOpen_ReplacedOnceInTheSameOcaGroupAndEscalated()
    {
        var scenario = new SimulationScenario { OrderFaults = [new OrderFault(OrderFaultKind.BrokerCancel202, "STP", Occurrence: 1, After: TimeSpan.FromSeconds(30))] };
        await using var h = await EngineHarness.StartAsync(scenario: scenario, strategy: s => s.ChaseSpreadFraction = 0.25m);
        await h.RunEntryAsync();
        var tradeId = h.Snapshot.Position!.TradeId;
        var first = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:stop:1");
        var urgentBefore = h.Events.OfType<UrgentAlert>().Count();

        var until = h.Clock.GetUtcNow() + TimeSpan.FromSeconds(90);
        while (h.Snapshot.Position?.Exits.Any(e => e.OrderRef == "condor:20261123:stop:2") != true && h.Clock.GetUtcNow() < until)
        {
            await h.SkipToAsync(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        }

        Assert.Equal("Cancelled", first.Status.ToString());
        var again = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:stop:2");
        Assert.Equal((first.Order.OcaGroup, first.Order.OrderType, first.Order.AuxPrice, first.Order.TriggerMethod), (again.Order.OcaGroup, again.Order.OrderType, again.Order.AuxPrice, again.Order.TriggerMethod));
        Assert.Equal(3, h.Orders.Count(o => o.Order.OrderRef.Contains(":entry:", StringComparison.Ordinal) is false && o.Status.ToString() is "Submitted" or "PreSubmitted"));
        Assert.Contains(h.Snapshot.Position!.Exits, e => e.OrderRef == "condor:20261123:stop:2");
        Assert.True(h.Events.OfType<UrgentAlert>().Count() > urgentBefore, "a re-placement is escalated");
        Assert.Equal(5, (await h.Journal.GetOrdersAsync(tradeId, h.Token)).Count);
        Assert.Equal(TradeStatus.Open, (await h.Journal.GetTradeAsync(tradeId, h.Token))!.Status);
    }

    [Fact]
    public async Task TargetFills_GatewayCancelsTheSiblings_NothingReplaced()
    {
        await using var h = await EngineHarness.StartAsync(strategy: s =>
        {
            s.ChaseSpreadFraction = 0.25m;
            s.ProfitTargetPercent = 10m;
            s.TimeExit = new TimeOnly(15, 30);
        });
        await h.RunEntryAsync();
        var tradeId = h.Snapshot.Position!.TradeId;
        var urgentBefore = h.Events.OfType<UrgentAlert>().Count();

        while (h.Snapshot.Position is not null)
        {
            Assert.True(h.Clock.GetUtcNow() < GatewayHarness.Et(15, 29), EngineHarness.Describe(h.Snapshot));
            await h.SkipToAsync(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2));
        }

        await h.SkipToAsync(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));

        Assert.Equal(ExitReason.ProfitTarget, (await h.Journal.GetTradeAsync(tradeId, h.Token))!.ExitReason);
        Assert.All(
            h.Orders.Where(o => o.Order.OrderRef.Contains(":stop:", StringComparison.Ordinal) || o.Order.OrderRef.Contains(":time:", StringComparison.Ordinal)),
            o => Assert.Equal("Cancelled", o.Status.ToString()));
        Assert.DoesNotContain(h.Orders, o => o.Order.OrderRef.EndsWith(":2", StringComparison.Ordinal) && !o.Order.OrderRef.Contains(":entry:", StringComparison.Ordinal));
        Assert.Equal(4, h.Orders.Count);
        Assert.Equal(4, (await h.Journal.GetOrdersAsync(tradeId, h.Token)).Count);
        Assert.Equal(urgentBefore, h.Events.OfType<UrgentAlert>().Count()); // no repair, no escalation
    }

    [Fact]
    public async Task BrokerCancelsTheStopAtOnce_WhileTheBracketIsPlaced_ReplacedOnce()
    {
        var scenario = new SimulationScenario { OrderFaults = [new OrderFault(OrderFaultKind.BrokerCancel202, "STP", Occurrence: 1, After: TimeSpan.Zero)] };
        await using var h = await EngineHarness.StartAsync(scenario: scenario, strategy: s => s.ChaseSpreadFraction = 0.25m);
        await h.RunEntryAsync();
        var tradeId = h.Snapshot.Position!.TradeId;

        var until = h.Clock.GetUtcNow() + TimeSpan.FromSeconds(60);
        while (!h.Orders.Any(o => o.Order.OrderRef == "condor:20261123:stop:2") && h.Clock.GetUtcNow() < until)
        {
            await h.SkipToAsync(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        }

        var again = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:stop:2");
        Assert.Equal(Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:stop:1").Order.OcaGroup, again.Order.OcaGroup);
        Assert.Equal(5, (await h.Journal.GetOrdersAsync(tradeId, h.Token)).Count);
    }
}
