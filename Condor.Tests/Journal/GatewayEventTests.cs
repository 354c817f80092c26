using Condor.Engine.Configuration;
using Condor.Engine.Journal;
using Dapper;

namespace Condor.Tests.Journal;

public sealed class GatewayEventTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RecordOrderIntent_RepeatedRole_NumbersAttemptsAndIsCommittedForOtherReaders()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);

        var first = await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 11);
        var second = await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 12);
        var target = await temp.Journal.RecordOrderIntentAsync(
            new OrderIntent(tradeId, OrderRole.Target, OrderAction.Sell, "LMT", 1, 3.75m, OcaGroup: "condor-oca"), None);

        Assert.Equal("condor:20260302:entry:1", first.OrderRef.ToString());
        Assert.Equal("condor:20260302:entry:2", second.OrderRef.ToString());
        Assert.Equal("condor:20260302:target:1", target.OrderRef.ToString());
        await using var raw = await temp.RawConnectionAsync();
        Assert.Equal(3, await raw.ExecuteScalarAsync<int>("SELECT count(*) FROM orders WHERE status = 'Intent'"));
        var found = await temp.Journal.FindOrderAsync(target.OrderRef, None);
        Assert.NotNull(found);
        Assert.Equal(3.75m, found.LimitPrice);
        Assert.Equal("condor-oca", found.OcaGroup);
    }

    [Fact]
    public async Task RecordOrderIntent_ClosedTrade_Refuses()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        await temp.Journal.AbandonTradeAsync(tradeId, "entry deadline passed", None);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 20));
    }

    [Fact]
    public async Task RecordOrderStatus_SameStatusTwice_StoredOnce()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 30);

        Assert.True(await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(30, "Submitted", 0, 1, 0, 777), None));
        Assert.False(await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(30, "Submitted", 0m, 1.0m, 0.00m, 777), None));

        Assert.Equal(1, await HistoryCountAsync(temp, 30));
        var order = Assert.Single(await temp.Journal.GetOrdersAsync(tradeId, None));
        Assert.Equal("Submitted", order.Status);
        Assert.Equal(777, order.PermId);
    }

    [Fact]
    public async Task RecordOrderStatus_OutOfOrder_KeepsEveryChangeAndEndsFilled()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(contracts: 2), None);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId, quantity: 2), 31);

        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(31, "Submitted", 0, 2, 0), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(31, "Filled", 2, 0, -5.05m), None);
        // Late, stale deliveries (e.g. replayed after a reconnect) must not move the order back.
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(31, "Submitted", 1, 1, -5.1m), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(31, "PreSubmitted", 0, 2, 0), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(31, "Submitted", 0, 2, 0), None);

        Assert.Equal(4, await HistoryCountAsync(temp, 31));
        var order = Assert.Single(await temp.Journal.GetOrdersAsync(tradeId, None));
        Assert.Equal("Filled", order.Status);
        Assert.Equal(2m, order.Filled);
        Assert.Equal(0m, order.Remaining);
        Assert.Equal(-5.05m, order.AvgFillPrice);
    }

    [Fact]
    public async Task RecordOrderStatus_CancelAfterPartialFill_FinalStateCancelledWithFill()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(contracts: 2), None);
        await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId, quantity: 2), 32);

        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(32, "Cancelled", 1, 0, -5m), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(32, "Submitted", 1, 1, -5m), None);
        await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(32, "PendingCancel", 1, 1, -5m), None);

        var order = Assert.Single(await temp.Journal.GetOrdersAsync(tradeId, None));
        Assert.Equal("Cancelled", order.Status);
        Assert.Equal(1m, order.Filled);
        Assert.Equal(3, await HistoryCountAsync(temp, 32));
    }

    [Fact]
    public async Task RecordOrderStatus_UnknownOrder_KeptInHistory()
    {
        await using var temp = await TempJournal.CreateAsync();

        Assert.True(await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(555, "Filled", 1, 0, 2m), None));
        Assert.False(await temp.Journal.RecordOrderStatusAsync(new OrderStatusUpdate(555, "Filled", 1, 0, 2m), None));

        Assert.Equal(1, await HistoryCountAsync(temp, 555));
    }

    [Fact]
    public async Task RecordExecution_SameExecIdTwice_StoredOnceAndCreditNotDoubled()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        var intent = await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 40);
        var fills = CondorFixture.Fills(40, intent.OrderRef.ToString(), true, CondorFixture.EntryTime, 0.5m, 3m, 2.8m, 0.3m);

        foreach (var fill in fills)
        {
            Assert.True(await temp.Journal.RecordExecutionAsync(fill, None));
        }

        foreach (var fill in fills)
        {
            Assert.False(await temp.Journal.RecordExecutionAsync(fill, None));
        }

        await using var raw = await temp.RawConnectionAsync();
        Assert.Equal(5, await raw.ExecuteScalarAsync<int>("SELECT count(*) FROM executions"));
        var trade = await temp.Journal.GetTradeAsync(tradeId, None);
        Assert.NotNull(trade);
        Assert.Equal(TradeStatus.Open, trade.Status);
        Assert.Equal(5.00m, trade.Credit);
        Assert.Equal(CondorFixture.EntryTime, trade.EntryUtc);
        Assert.Equal(3.00m, trade.Leg(LegPosition.ShortPut).OpenPrice);
        Assert.Equal(4, trade.CommissionsPending); // the four leg executions await commission reports; the combo does not count
    }

    [Fact]
    public async Task RecordCommission_RepeatedAndCorrected_StoredOnceAndNetFollowsCorrection()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await CondorFixture.OpenAsync(temp.Journal);
        var trade = await temp.Journal.GetTradeAsync(tradeId, None);
        Assert.NotNull(trade);
        Assert.Equal(0, trade.CommissionsPending);
        Assert.Equal(4.40m, trade.Commissions);

        await using var raw = await temp.RawConnectionAsync();
        var execId = await raw.ExecuteScalarAsync<string>("SELECT exec_id FROM executions WHERE con_id = 102");
        Assert.False(await temp.Journal.RecordCommissionAsync(new CommissionReport(execId!, 1.1m), None));
        Assert.True(await temp.Journal.RecordCommissionAsync(new CommissionReport(execId!, 1.35m), None));

        trade = await temp.Journal.GetTradeAsync(tradeId, None);
        Assert.Equal(4.65m, trade!.Commissions);
        Assert.Equal(1.35m, trade.Leg(LegPosition.ShortPut).Commission);
        Assert.Equal(5, await raw.ExecuteScalarAsync<int>("SELECT count(*) FROM commissions"));
    }

    [Fact]
    public async Task RecordCommission_BeforeItsExecution_CountsOnceExecutionArrives()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        var intent = await CondorFixture.RecordAndAttachAsync(temp.Journal, Entry(tradeId), 41);
        var fills = CondorFixture.Fills(41, intent.OrderRef.ToString(), true, CondorFixture.EntryTime, 0.5m, 3m, 2.8m, 0.3m);
        foreach (var fill in fills)
        {
            await temp.Journal.RecordCommissionAsync(new CommissionReport(fill.ExecId, 0.65m), None);
        }

        foreach (var fill in fills.Reverse())
        {
            await temp.Journal.RecordExecutionAsync(fill, None);
        }

        var trade = await temp.Journal.GetTradeAsync(tradeId, None);
        Assert.Equal(2.60m, trade!.Commissions);
        Assert.Equal(0, trade.CommissionsPending);
        Assert.Equal(5.00m, trade.Credit);
    }

    [Fact]
    public async Task RecordExecution_NotOursAndNoOpenTrade_StoredUnattached()
    {
        await using var temp = await TempJournal.CreateAsync();

        Assert.True(await temp.Journal.RecordExecutionAsync(new ExecutionReport(
            "ext.1", 0, null, "", 555, false, ExecutionSide.Sold, 1, 1.2m, CondorFixture.EntryTime), None));

        await using var raw = await temp.RawConnectionAsync();
        Assert.Equal(1, await raw.ExecuteScalarAsync<int>("SELECT count(*) FROM executions WHERE trade_id IS NULL"));
    }

    [Fact]
    public async Task RecordExecution_SameExecIdInAnotherMode_IsAnotherRecord()
    {
        await using var temp = await TempJournal.CreateAsync();
        var report = new ExecutionReport("shared.1", 1, null, null, 555, false, ExecutionSide.Sold, 1, 1.2m, CondorFixture.EntryTime);

        Assert.True(await temp.Journal.RecordExecutionAsync(report, None));
        Assert.True(await temp.ForMode(TradingMode.Experiment).RecordExecutionAsync(report, None));
        Assert.False(await temp.ForMode(TradingMode.Experiment).RecordExecutionAsync(report, None));
    }

    [Fact]
    public async Task SessionKey_ClaimedTwice_SecondClaimRefused()
    {
        await using var temp = await TempJournal.CreateAsync();

        Assert.True(await temp.Journal.TryClaimSessionKeyAsync(CondorFixture.Day, "entry-sent", None));
        Assert.False(await temp.Journal.TryClaimSessionKeyAsync(CondorFixture.Day, "entry-sent", None));
        Assert.True(await temp.Journal.TryClaimSessionKeyAsync(CondorFixture.Day.AddDays(1), "entry-sent", None));
        Assert.True(await temp.ForMode(TradingMode.Live).TryClaimSessionKeyAsync(CondorFixture.Day, "entry-sent", None));
    }

    private static OrderIntent Entry(long tradeId, int quantity = 1) =>
        new(tradeId, OrderRole.Entry, OrderAction.Buy, "LMT", quantity, 5.00m);

    private static async Task<int> HistoryCountAsync(TempJournal temp, int orderId)
    {
        await using var raw = await temp.RawConnectionAsync();
        return await raw.ExecuteScalarAsync<int>("SELECT count(*) FROM order_status_history WHERE order_id = @orderId", new { orderId });
    }
}
