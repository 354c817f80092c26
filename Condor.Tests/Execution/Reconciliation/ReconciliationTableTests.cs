using Condor.Engine.Execution.Reconciliation;
using static Condor.Engine.Execution.Reconciliation.BrokerState;
using static Condor.Engine.Execution.Reconciliation.JournalState;
using static Condor.Engine.Execution.Reconciliation.ReconciliationAction;

namespace Condor.Tests.Execution.Reconciliation;

/// <summary>The reconciliation table as issue 13 asks: complete, one action per cell, each cell the action the owner's priorities give.</summary>
public sealed class ReconciliationTableTests
{
    /// <summary>The expected action of every cell, written from issue 13 independently of the table's data.</summary>
    public static TheoryData<string, string, string> Cells => new()
    {
        { nameof(NoTrade), nameof(NoOrderOrPosition), nameof(NothingToDo) },
        { nameof(NoTrade), nameof(OurOrderWorking), nameof(AlertOnly) },
        { nameof(NoTrade), nameof(OurExecutions), nameof(AlertOnly) },
        { nameof(NoTrade), nameof(OurPositionWithExits), nameof(AlertOnly) },
        { nameof(NoTrade), nameof(OurPositionWithoutExits), nameof(AlertOnly) },
        { nameof(NoTrade), nameof(PositionChangedWithoutOurOrder), nameof(AlertOnly) },
        { nameof(NoTrade), nameof(ForeignOnly), nameof(ReportForeign) },
        { nameof(EntryIntentOnly), nameof(NoOrderOrPosition), nameof(Adopt) },
        { nameof(EntryIntentOnly), nameof(OurOrderWorking), nameof(Adopt) },
        { nameof(EntryIntentOnly), nameof(OurExecutions), nameof(CloseFromOurExecutions) },
        { nameof(EntryIntentOnly), nameof(OurPositionWithExits), nameof(Adopt) },
        { nameof(EntryIntentOnly), nameof(OurPositionWithoutExits), nameof(ReattachExits) },
        { nameof(EntryIntentOnly), nameof(PositionChangedWithoutOurOrder), nameof(RecordExternalChange) },
        { nameof(EntryIntentOnly), nameof(ForeignOnly), nameof(Adopt) },
        { nameof(EntryWorking), nameof(NoOrderOrPosition), nameof(Adopt) },
        { nameof(EntryWorking), nameof(OurOrderWorking), nameof(Adopt) },
        { nameof(EntryWorking), nameof(OurExecutions), nameof(CloseFromOurExecutions) },
        { nameof(EntryWorking), nameof(OurPositionWithExits), nameof(Adopt) },
        { nameof(EntryWorking), nameof(OurPositionWithoutExits), nameof(ReattachExits) },
        { nameof(EntryWorking), nameof(PositionChangedWithoutOurOrder), nameof(RecordExternalChange) },
        { nameof(EntryWorking), nameof(ForeignOnly), nameof(Adopt) },
        { nameof(FilledWithoutExits), nameof(NoOrderOrPosition), nameof(AlertOnly) },
        { nameof(FilledWithoutExits), nameof(OurOrderWorking), nameof(Adopt) },
        { nameof(FilledWithoutExits), nameof(OurExecutions), nameof(CloseFromOurExecutions) },
        { nameof(FilledWithoutExits), nameof(OurPositionWithExits), nameof(Adopt) },
        { nameof(FilledWithoutExits), nameof(OurPositionWithoutExits), nameof(ReattachExits) },
        { nameof(FilledWithoutExits), nameof(PositionChangedWithoutOurOrder), nameof(RecordExternalChange) },
        { nameof(FilledWithoutExits), nameof(ForeignOnly), nameof(AlertOnly) },
        { nameof(OpenWithExits), nameof(NoOrderOrPosition), nameof(AlertOnly) },
        { nameof(OpenWithExits), nameof(OurOrderWorking), nameof(AlertOnly) },
        { nameof(OpenWithExits), nameof(OurExecutions), nameof(CloseFromOurExecutions) },
        { nameof(OpenWithExits), nameof(OurPositionWithExits), nameof(Adopt) },
        { nameof(OpenWithExits), nameof(OurPositionWithoutExits), nameof(ReattachExits) },
        { nameof(OpenWithExits), nameof(PositionChangedWithoutOurOrder), nameof(RecordExternalChange) },
        { nameof(OpenWithExits), nameof(ForeignOnly), nameof(AlertOnly) },
        { nameof(Closed), nameof(NoOrderOrPosition), nameof(Adopt) },
        { nameof(Closed), nameof(OurOrderWorking), nameof(AlertOnly) },
        { nameof(Closed), nameof(OurExecutions), nameof(Adopt) },
        { nameof(Closed), nameof(OurPositionWithExits), nameof(Adopt) },
        { nameof(Closed), nameof(OurPositionWithoutExits), nameof(ReattachExits) },
        { nameof(Closed), nameof(PositionChangedWithoutOurOrder), nameof(RecordExternalChange) },
        { nameof(Closed), nameof(ForeignOnly), nameof(Adopt) },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Find_EveryCell_HasTheIssuesAction(string journalState, string brokerState, string action)
    {
        var expected = Enum.Parse<ReconciliationAction>(action);

        var rule = ReconciliationTable.Find(Enum.Parse<JournalState>(journalState), Enum.Parse<BrokerState>(brokerState));

        Assert.Equal(expected, rule.Action);
        Assert.False(string.IsNullOrWhiteSpace(rule.Reason));
        Assert.Equal(expected == AlertOnly, rule.IsAmbiguous);
    }

    [Fact]
    public void Rules_EveryJournalAndBrokerState_ExactlyOnce()
    {
        var cells = ReconciliationTable.Rules.Select(r => (r.Journal, r.Broker)).ToList();

        var all = Enum.GetValues<JournalState>().SelectMany(j => Enum.GetValues<BrokerState>().Select(b => (j, b))).ToList();
        Assert.Equal(all.Count, cells.Count);
        Assert.Equal(all.Order(), cells.Order());
        Assert.Equal(all.Count, Cells.Count);
    }

    [Fact]
    public void Rules_OnlyReattachSendsAndAmbiguousCellsAreUrgent()
    {
        Assert.All(ReconciliationTable.Rules.Where(r => r.IsAmbiguous), r => Assert.Equal(AlertLevel.Urgent, r.Alert));
        Assert.All(ReconciliationTable.Rules.Where(r => r.Action is ReattachExits or RecordExternalChange), r => Assert.Equal(AlertLevel.Urgent, r.Alert));
        Assert.Equal(5, ReconciliationTable.Rules.Count(r => r.Action == ReattachExits)); // every row that can hold a position without exits re-attaches, except NoTrade
    }

    [Fact]
    public void Rules_EveryReasonDistinctWithinItsRow()
    {
        Assert.All(ReconciliationTable.Rules.GroupBy(r => r.Journal), row =>
            Assert.True(row.Select(r => r.Reason).Distinct().Count() >= row.Count() - 2, $"{row.Key}: reasons repeat"));
    }
}
