using Condor.Engine.Execution.Reconciliation;
using Condor.Engine.Journal;
using Condor.Tests.Journal;

namespace Condor.Tests.Execution.Reconciliation;

/// <summary>Carrying out a plan on a real SQLite journal: what is written, what is never sent.</summary>
public sealed class ReconciliationExecutorTests
{
    [Fact]
    public async Task Execute_AmbiguousPlan_OnlyTheDecisionAuditedAndNoRepair()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await RecordTradeAsync(temp.Journal, [101, 102, 103, 104]);
        var facts = FactsBuilder.Build(JournalState.FilledWithoutExits, BrokerState.OurPositionWithoutExits) with
        {
            Trade = FactsBuilder.Trade(TradeStatus.Open) with { Id = tradeId },
            UnreadableExecutions = 1,
        };
        var repairs = 0;

        var outcome = await ReconciliationExecutor.ExecuteAsync(ReconciliationPlanner.Plan(facts), temp.Journal, (_, _) =>
        {
            repairs++;
            return Task.FromResult(new ExitReattachResult(true, [], ""));
        }, CancellationToken.None);

        var audit = await temp.Journal.GetAuditAsync(DateTimeOffset.MinValue, 10, CancellationToken.None);
        var decision = Assert.Single(audit);
        Assert.Equal((AuditActor.Reconciliation, AuditKind.Decision), (decision.Actor, decision.Kind));
        Assert.Contains(ReconciliationPlanner.UnreadableReason, decision.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (outcome.AdoptedFills, outcome.AdoptedOrderFacts, repairs));
        Assert.Equal(TradeStatus.Pending, outcome.Trade!.Status);
        Assert.Equal(AlertLevel.Urgent, outcome.Level);
    }

    [Fact]
    public async Task Execute_FillsThatDoNotOpenTheJournaledTrade_RepairNotAskedAndUrgentAlert()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await RecordTradeAsync(temp.Journal, [201, 202, 203, 204]); // the journal's contracts are not the fills'
        var facts = FactsBuilder.Build(JournalState.FilledWithoutExits, BrokerState.OurPositionWithoutExits) with
        {
            Trade = FactsBuilder.Trade(TradeStatus.Open) with { Id = tradeId },
            JournalOrders = [.. FactsBuilder.Journal(JournalState.FilledWithoutExits).Orders.Select(o => o with { TradeId = tradeId })],
        };
        var repairs = 0;

        var outcome = await ReconciliationExecutor.ExecuteAsync(ReconciliationPlanner.Plan(facts), temp.Journal, (_, _) =>
        {
            repairs++;
            return Task.FromResult(new ExitReattachResult(true, [], ""));
        }, CancellationToken.None);

        Assert.Equal(ReconciliationAction.ReattachExits, outcome.Plan.Action);
        Assert.Equal(0, repairs);
        Assert.Null(outcome.Repair);
        Assert.Contains(outcome.Alerts, a => a.Level == AlertLevel.Urgent && a.Text.StartsWith("Exits not re-attached", StringComparison.Ordinal));
    }

    private static Task<long> RecordTradeAsync(SqliteJournal journal, int[] conIds)
    {
        var positions = new[] { LegPosition.LongPut, LegPosition.ShortPut, LegPosition.ShortCall, LegPosition.LongCall };
        var strikes = new[] { 5900m, 5920m, 6080m, 6100m };
        var legs = positions.Select((p, i) => new NewLeg(p, strikes[i], conIds[i], null, null, null)).ToList();
        return journal.RecordTradeAsync(new NewTrade(FactsBuilder.Session, "SPX", 1, legs), CancellationToken.None);
    }
}
