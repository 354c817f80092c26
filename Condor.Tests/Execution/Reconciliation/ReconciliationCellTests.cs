using Condor.Engine.Execution.Reconciliation;
using Condor.Engine.Journal;

namespace Condor.Tests.Execution.Reconciliation;

/// <summary>Every cell of the table reached from realistic facts: the classifier lands in it and the plan does what its action says, nothing more.</summary>
public sealed class ReconciliationCellTests
{
    public static TheoryData<string, string, string> Cells => ReconciliationTableTests.Cells;

    [Theory]
    [MemberData(nameof(Cells))]
    public void Plan_FactsOfEveryCell_ClassifiedThereAndPlannedAsItsAction(string journalState, string brokerState, string action)
    {
        var journal = Enum.Parse<JournalState>(journalState);
        var broker = Enum.Parse<BrokerState>(brokerState);
        var facts = FactsBuilder.Build(journal, broker);

        var plan = ReconciliationPlanner.Plan(facts);

        Assert.Equal((journal, broker), (plan.Classification.Journal, plan.Classification.Broker));
        Assert.Equal(Enum.Parse<ReconciliationAction>(action), plan.Action);
        AssertStepsMatchAction(plan);
    }

    [Fact]
    public void Plan_CondorOrderTheJournalLacks_AlertOnlyWhateverTheCell()
    {
        var facts = FactsBuilder.Build(JournalState.FilledWithoutExits, BrokerState.OurPositionWithoutExits);
        facts = facts with { OpenOrders = [FactsBuilder.BrokerOrderOf(OrderRole.Target, 31, "Submitted") with { OrderRef = FactsBuilder.Ref(OrderRole.Target, 2).ToString() }] };

        var plan = ReconciliationPlanner.Plan(facts);

        Assert.Equal(ReconciliationAction.AlertOnly, plan.Action);
        Assert.Equal(ReconciliationPlanner.LostRecordsReason, plan.Rule.Reason);
        Assert.Empty(plan.Steps);
        Assert.False(plan.MayEnter);
        Assert.Contains(plan.Alerts, a => a.Level == AlertLevel.Urgent && a.Text.Contains("condor:20261123:target:2 Submitted NOT IN JOURNAL", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ForeignBesideOurOpenPosition_ReportedInOneAlertAndNeverInASteps()
    {
        var facts = FactsBuilder.Build(JournalState.OpenWithExits, BrokerState.OurPositionWithExits);
        facts = facts with
        {
            OpenOrders = [.. facts.OpenOrders, FactsBuilder.Foreign()],
            Positions = [.. facts.Positions, new BrokerPosition("DU1", 999, 5, "AAPL STK")],
        };

        var plan = ReconciliationPlanner.Plan(facts);

        Assert.Equal(BrokerState.OurPositionWithExits, plan.Classification.Broker);
        var foreign = Assert.Single(plan.Alerts, a => a.Text.StartsWith("Not Condor's", StringComparison.Ordinal));
        Assert.Contains("order 77 of client 2", foreign.Text, StringComparison.Ordinal);
        Assert.Contains("position 5 AAPL STK", foreign.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps.OfType<AdoptExecutionStep>(), s => s.Execution.ConId == 999);
        Assert.False(plan.SendsToBroker);
    }

    [Fact]
    public void Plan_PositionWithoutExits_RepairAsksOnlyTheMissingRolesInTheWorkingOcaGroup()
    {
        var facts = FactsBuilder.Build(JournalState.OpenWithExits, BrokerState.OurPositionWithExits);
        facts = facts with
        {
            OpenOrders = [.. facts.OpenOrders.Where(o => !o.OrderRef.Contains(":stop:", StringComparison.Ordinal))],
            CompletedOrders = [.. facts.CompletedOrders, FactsBuilder.BrokerOrderOf(OrderRole.Stop, 0, "Cancelled", completed: true)],
        };

        var plan = ReconciliationPlanner.Plan(facts);

        var repair = Assert.IsType<ReattachExitsStep>(plan.Steps[^1]).Request;
        Assert.Equal(ReconciliationAction.ReattachExits, plan.Action);
        Assert.Equal([OrderRole.Stop], repair.Missing);
        Assert.Equal([FactsBuilder.Ref(OrderRole.Target), FactsBuilder.Ref(OrderRole.Time)], repair.Working);
        Assert.Equal(("oca-1", 1, 1L), (repair.OcaGroup, repair.Contracts, repair.TradeId));
        Assert.Equal("Cancelled", Assert.Single(repair.Ended, e => e.Key == FactsBuilder.Ref(OrderRole.Stop)).Value);
        Assert.Single(repair.Ended);
    }

    [Fact]
    public void Plan_EntryIntentWithNoTraceAtTheGateway_MayEnterAndAdoptsNothing()
    {
        var plan = ReconciliationPlanner.Plan(FactsBuilder.Build(JournalState.EntryIntentOnly, BrokerState.NoOrderOrPosition));

        Assert.True(plan.MayEnter);
        Assert.Empty(plan.Steps);
    }

    [Fact]
    public void Plan_EntryReachedTheGatewayBeforeItsIdWasJournaled_AttachesTheIdAndNeverEntersAgain()
    {
        var plan = ReconciliationPlanner.Plan(FactsBuilder.Build(JournalState.EntryIntentOnly, BrokerState.OurOrderWorking));

        Assert.False(plan.MayEnter);
        Assert.Equal(new AttachOrderIdStep(FactsBuilder.Ref(OrderRole.Entry), FactsBuilder.ClientId, 10), plan.Steps[0]);
        var status = Assert.IsType<AdoptStatusStep>(plan.Steps[1]);
        Assert.Equal(("Submitted", 10, 0m), (status.Update.Status, status.Update.OrderId, status.Update.Filled));
    }

    [Fact]
    public void Plan_PositionOurFillsDoNotExplain_PositionChangedAndNothingInvented()
    {
        var facts = FactsBuilder.Build(JournalState.OpenWithExits, BrokerState.OurPositionWithExits) with { Executions = [] };

        var plan = ReconciliationPlanner.Plan(facts);

        Assert.Equal(BrokerState.PositionChangedWithoutOurOrder, plan.Classification.Broker);
        Assert.DoesNotContain(plan.Steps, s => s is AdoptExecutionStep or ExpectClosedStep or ReattachExitsStep);
        Assert.Contains(plan.Alerts, a => a.Level == AlertLevel.Urgent && a.Text.Contains("a position no fill reported today explains", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ExternalCloseWithOurExitsStillWorking_UrgentStrayExitAlertAndNoCancel()
    {
        var facts = FactsBuilder.Build(JournalState.OpenWithExits, BrokerState.PositionChangedWithoutOurOrder);
        var working = FactsBuilder.Broker(BrokerState.OurPositionWithExits).Open;
        facts = facts with { OpenOrders = working };

        var plan = ReconciliationPlanner.Plan(facts);

        Assert.Equal(ReconciliationAction.RecordExternalChange, plan.Action);
        Assert.False(plan.SendsToBroker);
        Assert.Contains(plan.Alerts, a => a.Level == AlertLevel.Urgent && a.Text.StartsWith("Exit orders of ours still working", StringComparison.Ordinal));
        Assert.Equal(4, plan.Steps.OfType<AdoptExecutionStep>().Count(s => s.External));
        Assert.IsType<ExpectClosedStep>(plan.Steps[^1]);
    }

    [Fact]
    public void Plan_TradeSettledAtExpiryWhileTheExpiredLegsStillShow_RoundTripDoneNoExitsAsked()
    {
        var facts = FactsBuilder.Build(JournalState.Closed, BrokerState.OurPositionWithoutExits) with
        {
            Trade = FactsBuilder.Trade(TradeStatus.Closed) with { ExitReason = ExitReason.Expiry, SettlementPrice = 6010m },
        };

        var plan = ReconciliationPlanner.Plan(facts);

        Assert.Equal((BrokerState.OurExecutions, ReconciliationAction.Adopt), (plan.Classification.Broker, plan.Action));
        Assert.False(plan.SendsToBroker);
        Assert.DoesNotContain(plan.Alerts, a => a.Level >= AlertLevel.Warning);
    }

    [Fact]
    public void Plan_SameFactsTwice_SameAlertKeysAndAnotherForeignItemANewKey()
    {
        var facts = FactsBuilder.Build(JournalState.OpenWithExits, BrokerState.PositionChangedWithoutOurOrder) with { OpenOrders = [FactsBuilder.Foreign()] };

        var first = ReconciliationPlanner.Plan(facts).Alerts.Select(a => a.Key).ToList();
        var second = ReconciliationPlanner.Plan(facts).Alerts.Select(a => a.Key).ToList();
        var more = ReconciliationPlanner.Plan(facts with { OpenOrders = [FactsBuilder.Foreign(), FactsBuilder.Foreign() with { OrderId = 78, PermId = 9078 }] })
            .Alerts.Select(a => a.Key).ToList();

        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Single(more.Except(first));
    }

    private static void AssertStepsMatchAction(ReconciliationPlan plan)
    {
        var repairs = plan.Steps.OfType<ReattachExitsStep>().Count();
        var external = plan.Steps.OfType<AdoptExecutionStep>().Count(s => s.External);
        var closes = plan.Steps.OfType<ExpectClosedStep>().Count();
        switch (plan.Action)
        {
            case ReconciliationAction.NothingToDo or ReconciliationAction.ReportForeign or ReconciliationAction.AlertOnly:
                Assert.Empty(plan.Steps);
                break;
            case ReconciliationAction.ReattachExits:
                Assert.Equal((1, 0, 0), (repairs, external, closes));
                Assert.IsType<ReattachExitsStep>(plan.Steps[^1]);
                Assert.Contains(plan.Steps, s => s is AdoptExecutionStep);
                break;
            case ReconciliationAction.CloseFromOurExecutions:
                Assert.Equal((0, 0, 1), (repairs, external, closes));
                Assert.Equal(10, plan.Steps.OfType<AdoptExecutionStep>().Count());
                break;
            case ReconciliationAction.RecordExternalChange:
                Assert.Equal((0, 4), (repairs, external));
                break;
            default:
                Assert.Equal((0, 0, 0), (repairs, external, closes));
                break;
        }

        if (plan.Rule.IsAmbiguous)
        {
            Assert.False(plan.MayEnter);
            Assert.Contains(plan.Alerts, a => a.Level == AlertLevel.Urgent);
        }

        if (plan.Action == ReconciliationAction.ReportForeign)
        {
            Assert.Contains(plan.Alerts, a => a.Text.StartsWith("Not Condor's", StringComparison.Ordinal));
        }
    }
}
