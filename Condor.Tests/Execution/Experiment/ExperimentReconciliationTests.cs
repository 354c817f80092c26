using Condor.Engine.Configuration;
using Condor.Engine.Execution.Reconciliation;
using Condor.Tests.Journal;

namespace Condor.Tests.Execution.Experiment;

/// <summary>Reconciliation's fact gathering on the decorator: it sees the experiment's orders, fills and holdings, nothing of the real account.</summary>
public sealed class ExperimentReconciliationTests
{
    [Fact]
    public async Task GatherFacts_AfterAnExperimentEntryAndAWorkingExit_SeesTheExperimentsOrdersExecutionsAndPositions()
    {
        await using var journal = await TempJournal.CreateAsync();
        await using var w = await ExperimentWorld.StartAsync(9, 32);
        var (bag, entry) = await w.EnterAtNaturalAsync();
        var exit = await w.PlaceAsync(bag, w.Order("SELL", "LMT", 5m));

        var facts = await ReconciliationFactGatherer.GatherAsync(
            w.Gateway, journal.ForMode(TradingMode.Experiment), Simulation.Gateway.GatewayHarness.Session, 7, w.Harness.Clock, w.Token);

        var open = Assert.Single(facts.OpenOrders);
        Assert.Equal((exit.OrderRef, 7), (open.OrderRef, open.ClientId));
        Assert.Contains(facts.CompletedOrders, o => o.OrderRef == entry.OrderRef);
        Assert.Equal(5, facts.Executions.Count(e => e.OrderRef == entry.OrderRef));
        Assert.Equal(0, facts.UnreadableExecutions);
        Assert.Equal(bag.ComboLegs.Select(l => l.ConId).Order(), facts.Positions.Select(p => p.ConId).Order());
    }
}
