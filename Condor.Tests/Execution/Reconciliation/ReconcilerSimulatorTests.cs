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
    public async Task Reconcile_OurProtectedPositionBesideAnotherClientsFill_AdoptsExitStatusesReportsTheirPositionTouchesNothing()
    {
        await using var w = await ReconciliationWorld.StartAsync();
        var (tradeId, bag, _) = await w.EnterUnjournaledAsync();
        await w.JournalGatewayFillsAsync();
        var (bid, _) = await w.Session.QuoteAsync(bag);
        await w.PlaceOursAsync(tradeId, OrderRole.Target, bag, ContractSession.Order("SELL", "LMT", bid + 1m, oca: "oca-test"));
        await w.PlaceOursAsync(tradeId, OrderRole.Stop, bag, ContractSession.Order("SELL", "STP", aux: -50m, oca: "oca-test") with { TriggerMethod = Engine.Broker.TriggerMethod.MidPoint });
        await w.PlaceOursAsync(tradeId, OrderRole.Time, bag, ContractSession.Order("SELL", "MKT", oca: "oca-test", goodAfter: $"{w.Session.Expiry} 11:30:00 US/Eastern"));
        await using var other = ContractSession.NewClient(w.Session.Market.Port, clientId: 2);
        await other.ConnectAsync(w.Session.Token);
        var theirs = await w.FarCondorAsync();
        var (_, theirAsk) = await w.Session.QuoteAsync(theirs);
        var placed = await other.PlaceOrderAsync(theirs, ContractSession.Order("BUY", "LMT", theirAsk) with { OrderRef = "manual:1" }, w.Session.Token);
        await w.Session.SyncAsync();

        var outcome = await w.ReconcileAsync();
        var again = await w.ReconcileAsync();

        Assert.Equal((JournalState.FilledWithoutExits, BrokerState.OurPositionWithExits, ReconciliationAction.Adopt),
            (outcome.Plan.Classification.Journal, outcome.Plan.Classification.Broker, outcome.Plan.Action));
        Assert.Equal(4, outcome.AdoptedOrderFacts); // the entry's Filled and the three exits' working statuses
        Assert.Equal((JournalState.OpenWithExits, BrokerState.OurPositionWithExits), (again.Plan.Classification.Journal, again.Plan.Classification.Broker));
        var foreignConIds = theirs.ComboLegs.Select(l => l.ConId).Where(id => !bag.ComboLegs.Any(l => l.ConId == id)).ToList();
        Assert.NotEmpty(foreignConIds);
        Assert.All(foreignConIds, id => Assert.Contains(outcome.Plan.Classification.ForeignPositions, p => p.ConId == id));
        Assert.Single(outcome.Alerts, a => a.Text.StartsWith("Not Condor's", StringComparison.Ordinal));
        Assert.False(outcome.Plan.SendsToBroker);
        Assert.Empty(w.RepairRequests);
        Assert.Equal(3, (await w.AllOpenOrdersAsync()).Count(o => o.Order.ClientId == 7));
        Assert.True(placed.OrderId > 0);
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

    [Fact]
    public async Task Reconcile_EntryFilledAfterTheJournalAbandonedIt_TradeReopensAndExitsAskedFor()
    {
        await using var w = await ReconciliationWorld.StartAsync();
        var (tradeId, _, _) = await w.EnterUnjournaledAsync(); // the fill beat the cancel
        await w.Journal.AbandonTradeAsync(tradeId, "entry cancelled at the deadline", w.Session.Token);

        var outcome = await w.ReconcileAsync();

        Assert.Equal((JournalState.Closed, BrokerState.OurPositionWithoutExits, ReconciliationAction.ReattachExits),
            (outcome.Plan.Classification.Journal, outcome.Plan.Classification.Broker, outcome.Plan.Action));
        Assert.Equal(TradeStatus.Open, (await w.Journal.GetTradeAsync(tradeId, w.Session.Token))!.Status);
        Assert.Equal(tradeId, Assert.Single(w.RepairRequests).TradeId);
    }

    [Fact]
    public async Task Reconcile_EntryPartlyFilledAndStillWorking_AdoptsTheFillAndAsksForNoExitsYet()
    {
        await using var w = await ReconciliationWorld.StartAsync(new SimulationScenario { PartialFillQuantity = 1 });
        var (tradeId, bag) = await w.JournalTradeAsync(contracts: 2);
        var (_, ask) = await w.Session.QuoteAsync(bag);
        var entry = await w.PlaceOursAsync(tradeId, OrderRole.Entry, bag, ContractSession.Order("BUY", "LMT", ask) with { TotalQuantity = 2 });
        await w.Session.Orders.WaitForAsync(e => e.OrderId == entry.OrderId && e.Message is Engine.Tws.Protocol.Messages.ExecDetailsMessage { Contract.IsBag: true }, "the partial combo fill");
        await w.Session.SyncAsync();

        var first = await w.ReconcileAsync();
        var second = await w.ReconcileAsync();

        Assert.Equal((JournalState.EntryWorking, BrokerState.OurOrderWorking, ReconciliationAction.Adopt),
            (first.Plan.Classification.Journal, first.Plan.Classification.Broker, first.Plan.Action));
        Assert.Equal((JournalState.FilledWithoutExits, BrokerState.OurOrderWorking, ReconciliationAction.Adopt),
            (second.Plan.Classification.Journal, second.Plan.Classification.Broker, second.Plan.Action));
        var order = await w.Journal.FindOrderAsync(FactsBuilder.Ref(OrderRole.Entry), w.Session.Token);
        Assert.Equal(1m, order!.Filled);
        Assert.Equal(TradeStatus.Open, (await w.Journal.GetTradeAsync(tradeId, w.Session.Token))!.Status);
        Assert.Empty(w.RepairRequests);
        Assert.False(first.Plan.MayEnter);
    }

    [Fact]
    public async Task Reconcile_PhantomPositionTheJournalBelievesOpen_AlertOnlyTradeLeftOpenNothingSent()
    {
        await using var w = await ReconciliationWorld.StartAsync();
        var (tradeId, bag) = await w.JournalTradeAsync();
        var intent = await w.Journal.RecordOrderIntentAsync(new OrderIntent(tradeId, OrderRole.Entry, OrderAction.Buy, "LMT", 1, 1m), w.Session.Token);
        await w.Journal.AttachOrderIdAsync(intent.OrderRef, 7, 900, w.Session.Token);
        foreach (var (leg, i) in bag.ComboLegs.Select((l, i) => (l, i)))
        {
            var side = leg.Action == "BUY" ? ExecutionSide.Bought : ExecutionSide.Sold;
            await w.Journal.RecordExecutionAsync(new ExecutionReport($"phantom.{i}", 900, null, intent.OrderRef.ToString(), leg.ConId, false, side, 1, 1m, w.Session.Market.Now, 7), w.Session.Token);
        }

        var outcome = await w.ReconcileAsync();

        Assert.Equal((JournalState.FilledWithoutExits, BrokerState.NoOrderOrPosition, ReconciliationAction.AlertOnly),
            (outcome.Plan.Classification.Journal, outcome.Plan.Classification.Broker, outcome.Plan.Action));
        Assert.Contains(outcome.Alerts, a => a.Level == AlertLevel.Urgent && a.Text.Contains("never invent a fill", StringComparison.Ordinal));
        Assert.Equal(TradeStatus.Open, (await w.Journal.GetTradeAsync(tradeId, w.Session.Token))!.Status);
        Assert.False(outcome.Plan.MayEnter);
        Assert.Empty(await w.AllOpenOrdersAsync());
        Assert.Empty(w.RepairRequests);
    }
}
