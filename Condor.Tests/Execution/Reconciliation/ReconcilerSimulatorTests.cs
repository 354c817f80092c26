using Condor.Engine.Execution.Reconciliation;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Tests.Simulation.EndToEnd;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.Reconciliation;

/// <summary>Reconciliation against the simulator over a real socket and a real SQLite journal: the cases.</summary>
public sealed class ReconcilerSimulatorTests
{
    [Fact]
    public async Task Reconcile_EntryFilledButJournalMissedTheFills_AdoptsThemAndAsksForTheThreeExits()
    {
        await using var w = await ReconciliationWorld.StartAsync();
        var (tradeId, _, _) = await w.EnterUnjournaledAsync();

        var outcome = await w.ReconcileAsync();

        Assert.Equal((JournalState.EntryWorking, BrokerState.OurPositionWithoutExits), (outcome.Plan.Classification.Journal, outcome.Plan.Classification.Broker));
        Assert.Equal(ReconciliationAction.ReattachExits, outcome.Plan.Action);
        Assert.Equal(5, outcome.AdoptedFills); // four legs and the combo-level report
        var trade = await w.Journal.GetTradeAsync(tradeId, w.Session.Token);
        Assert.Equal(TradeStatus.Open, trade!.Status);
        Assert.True(trade.Credit > 0);
        var request = Assert.Single(w.RepairRequests);
        Assert.Equal([OrderRole.Target, OrderRole.Stop, OrderRole.Time], request.Missing);
        Assert.Equal((1, tradeId, null), (request.Contracts, request.TradeId, request.OcaGroup));
        var audit = await w.Journal.GetAuditAsync(DateTimeOffset.MinValue, 100, w.Session.Token);
        Assert.Equal(5, audit.Count(a => a.Actor == AuditActor.Reconciliation && a.Message.StartsWith("adopted fill ", StringComparison.Ordinal)));
        Assert.Equal("Filled", (await w.Journal.FindOrderAsync(FactsBuilder.Ref(OrderRole.Entry), w.Session.Token))!.Status);
        Assert.False(outcome.Plan.MayEnter);
    }

    [Fact]
    public async Task Reconcile_TwiceAfterAdopting_SecondAdoptsNothing()
    {
        await using var w = await ReconciliationWorld.StartAsync();
        await w.EnterUnjournaledAsync();
        await w.ReconcileAsync();

        var second = await w.ReconcileAsync();

        Assert.Equal(JournalState.FilledWithoutExits, second.Plan.Classification.Journal);
        Assert.Equal((0, 0), (second.AdoptedFills, second.AdoptedOrderFacts));
    }

    [Fact]
    public async Task Reconcile_ForeignOrderOfAnotherClientAndForeignPosition_ReportedAndUntouched()
    {
        var scenario = new SimulationScenario { ForeignPositions = [new ForeignPosition("AAPL", "STK", 100, 150m)] };
        await using var w = await ReconciliationWorld.StartAsync(scenario);
        await using var audit = ContractSession.NewClient(w.Session.Market.Port, clientId: 2);
        await audit.ConnectAsync(w.Session.Token);
        var bag = await w.Session.CondorAsync(wing: 30);
        var (bid, _) = await w.Session.QuoteAsync(bag);
        var foreign = await audit.PlaceOrderAsync(bag, ContractSession.Order("BUY", "LMT", bid - 5m) with { OrderRef = "audit-script:1" }, w.Session.Token);

        var outcome = await w.ReconcileAsync();

        Assert.Equal((JournalState.NoTrade, BrokerState.ForeignOnly, ReconciliationAction.ReportForeign),
            (outcome.Plan.Classification.Journal, outcome.Plan.Classification.Broker, outcome.Plan.Action));
        var alert = Assert.Single(outcome.Alerts);
        Assert.Contains($"order {foreign.OrderId} of client 2", alert.Text, StringComparison.Ordinal);
        Assert.Contains("position 100 AAPL STK", alert.Text, StringComparison.Ordinal);
        Assert.Empty(outcome.Plan.Steps);
        Assert.True(outcome.Plan.MayEnter);
        var still = Assert.Single(await w.AllOpenOrdersAsync(), o => o.Order.ClientId == 2);
        Assert.Equal((foreign.OrderId, "Submitted"), (still.OrderId, still.OrderState.Status));
    }

    [Fact]
    public async Task Reconcile_JournalOpenBrokerFlatAfterOurTargetFilled_ClosedAsProfitTarget()
    {
        await using var w = await ReconciliationWorld.StartAsync();
        var (tradeId, bag, _) = await w.EnterUnjournaledAsync();
        await w.JournalGatewayFillsAsync();
        var (bid, _) = await w.Session.QuoteAsync(bag);
        var target = await w.PlaceOursAsync(tradeId, OrderRole.Target, bag, ContractSession.Order("SELL", "LMT", bid, oca: "oca-test"));
        await w.Session.StatusAsync(target.OrderId, "Filled"); // the process is down: nothing of the exit journaled

        var outcome = await w.ReconcileAsync();

        Assert.Equal((JournalState.FilledWithoutExits, BrokerState.OurExecutions, ReconciliationAction.CloseFromOurExecutions),
            (outcome.Plan.Classification.Journal, outcome.Plan.Classification.Broker, outcome.Plan.Action));
        var trade = await w.Journal.GetTradeAsync(tradeId, w.Session.Token);
        Assert.Equal((TradeStatus.Closed, ExitReason.ProfitTarget), (trade!.Status, trade.ExitReason));
        Assert.Contains(outcome.Alerts, a => a.Text.Contains("exit reason ProfitTarget", StringComparison.Ordinal));
        Assert.Empty(w.RepairRequests);
    }

    [Fact]
    public async Task Reconcile_BrokerLiquidatedWithNoOrderOfOurs_ClosedAsExternalWithUrgentAlert()
    {
        var scenario = new SimulationScenario { AutoLiquidateAt = GatewayHarness.Et(9, 40) };
        await using var w = await ReconciliationWorld.StartAsync(scenario);
        var (tradeId, _, _) = await w.EnterUnjournaledAsync();
        await w.JournalGatewayFillsAsync();
        await w.Session.AdvanceAsync(TimeSpan.FromMinutes(10));

        var outcome = await w.ReconcileAsync();

        Assert.Equal((JournalState.FilledWithoutExits, BrokerState.PositionChangedWithoutOurOrder, ReconciliationAction.RecordExternalChange),
            (outcome.Plan.Classification.Journal, outcome.Plan.Classification.Broker, outcome.Plan.Action));
        Assert.Equal(4, outcome.AdoptedFills);
        var trade = await w.Journal.GetTradeAsync(tradeId, w.Session.Token);
        Assert.Equal((TradeStatus.Closed, ExitReason.External), (trade!.Status, trade.ExitReason));
        Assert.Contains(outcome.Alerts, a => a.Level == AlertLevel.Urgent && a.Text.Contains("exit reason External", StringComparison.Ordinal));
        Assert.False(outcome.Plan.SendsToBroker);
        Assert.Empty(w.RepairRequests);
    }

    [Fact]
    public async Task Reconcile_EntryIntentJournaledButNeverSent_MayEnterAndNothingAdopted()
    {
        await using var w = await ReconciliationWorld.StartAsync();
        var (tradeId, _) = await w.JournalTradeAsync();
        await w.Journal.RecordOrderIntentAsync(new OrderIntent(tradeId, OrderRole.Entry, OrderAction.Buy, "LMT", 1, 1m), w.Session.Token);

        var outcome = await w.ReconcileAsync();

        Assert.Equal((JournalState.EntryIntentOnly, BrokerState.NoOrderOrPosition), (outcome.Plan.Classification.Journal, outcome.Plan.Classification.Broker));
        Assert.True(outcome.Plan.MayEnter);
        Assert.Equal((0, 0), (outcome.AdoptedFills, outcome.AdoptedOrderFacts));
    }
}
