using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

/// <summary>
/// Credit 5.00 (0.50 / 3.00 / 2.80 / 0.30), one contract, multiplier 100, 1.10 commission per leg execution
/// (the combo-level execution also gets 1.10, which must not count).
/// </summary>
public sealed class TradePnlTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset ExitTime = CondorFixture.EntryTime.AddMinutes(118);

    [Fact]
    public async Task CloseTrade_ProfitTarget_GrossFromFillsNetOfEightLegCommissions()
    {
        // Debit 0.20 back on the long put, 2.20 + 2.00 on the shorts, 0.25 back on the long call: 3.75.
        var trade = await CloseAsync(OrderRole.Target, 0.20m, 2.20m, 2.00m, 0.25m);

        Assert.Equal(ExitReason.ProfitTarget, trade.ExitReason);
        Assert.Equal(5.00m, trade.Credit);
        Assert.Equal(3.75m, trade.ExitPrice);
        Assert.Equal(125m, trade.PnlGross);
        Assert.Equal(8.80m, trade.Commissions);
        Assert.Equal(116.20m, trade.PnlNet);
        Assert.Equal(118, trade.MinutesInTrade);
    }

    [Fact]
    public async Task CloseTrade_Stop_LosesTwiceTheCreditPlusCommissions()
    {
        var trade = await CloseAsync(OrderRole.Stop, 0.05m, 14.00m, 1.10m, 0.05m);

        Assert.Equal(ExitReason.Stop, trade.ExitReason);
        Assert.Equal(15.00m, trade.ExitPrice);
        Assert.Equal(-1000m, trade.PnlGross);
        Assert.Equal(-1008.80m, trade.PnlNet);
    }

    [Fact]
    public async Task CloseTrade_Time_UsesActualFills()
    {
        var trade = await CloseAsync(OrderRole.Time, 0.10m, 2.15m, 2.05m, 0.10m);

        Assert.Equal(ExitReason.Time, trade.ExitReason);
        Assert.Equal(4.00m, trade.ExitPrice);
        Assert.Equal(100m, trade.PnlGross);
        Assert.Equal(91.20m, trade.PnlNet);
    }

    [Fact]
    public async Task CloseTrade_Kill_RecordsKillReasonAndLoss()
    {
        var trade = await CloseAsync(OrderRole.Kill, 0.30m, 3.50m, 2.50m, 0.20m);

        Assert.Equal(ExitReason.Kill, trade.ExitReason);
        Assert.Equal(5.50m, trade.ExitPrice);
        Assert.Equal(-50m, trade.PnlGross);
        Assert.Equal(-58.80m, trade.PnlNet);
    }

    [Fact]
    public async Task CloseTrade_ExecutionsFromNoOrderOfOurs_External()
    {
        var trade = await CloseAsync(null, 0.10m, 1.00m, 1.00m, 0.10m);

        Assert.Equal(ExitReason.External, trade.ExitReason);
        Assert.Equal(1.80m, trade.ExitPrice);
        Assert.Equal(320m, trade.PnlGross);
        Assert.Equal(311.20m, trade.PnlNet);
    }

    [Fact]
    public async Task CloseTrade_ExpiryBetweenShorts_KeepsWholeCreditLessOpeningCommissions()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await CondorFixture.OpenAsync(temp.Journal);
        var close = CondorFixture.Day.ToDateTime(new TimeOnly(21, 0), DateTimeKind.Utc);

        var trade = await temp.Journal.CloseTradeAsync(tradeId, new ExpirySettlement(5850m, close), None);

        Assert.Equal(TradeStatus.Closed, trade.Status);
        Assert.Equal(ExitReason.Expiry, trade.ExitReason);
        Assert.Equal(0m, trade.ExitPrice);
        Assert.Equal(500m, trade.PnlGross);
        Assert.Equal(4.40m, trade.Commissions);
        Assert.Equal(495.60m, trade.PnlNet);
        Assert.Equal(close, trade.ExitUtc);
        Assert.Equal(5850m, trade.SettlementPrice);
    }

    [Fact]
    public async Task CloseTrade_ExpiryInsidePutSpread_SettlesShortPutAtIntrinsic()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await CondorFixture.OpenAsync(temp.Journal);

        var trade = await temp.Journal.CloseTradeAsync(tradeId,
            new ExpirySettlement(5790m, CondorFixture.EntryTime.AddHours(6)), None);

        Assert.Equal(ExitReason.Expiry, trade.ExitReason);
        Assert.Equal(10m, trade.ExitPrice);
        Assert.Equal(-500m, trade.PnlGross);
        Assert.Equal(-504.40m, trade.PnlNet);
    }

    [Fact]
    public async Task RecordExecution_LastClosingLeg_ClosesTradeWithoutExplicitCall()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await CondorFixture.OpenAsync(temp.Journal);
        await CondorFixture.CloseAsync(temp.Journal, tradeId, OrderRole.Target, ExitTime, 0.20m, 2.20m, 2.00m, 0.25m);

        Assert.Null(await temp.Journal.GetOpenTradeAsync(CondorFixture.Day, None));
        var trade = await temp.Journal.GetTradeAsync(tradeId, None);
        Assert.Equal(TradeStatus.Closed, trade!.Status);
        Assert.Equal(116.20m, trade.PnlNet);
    }

    [Fact]
    public async Task CloseTrade_LegsStillOpen_RefusesAndTradeStaysOpen()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await CondorFixture.OpenAsync(temp.Journal);
        var closing = CondorFixture.Fills(CondorFixture.NextOrderId(), null, false, ExitTime, 0.2m, 2.2m, 2m, 0.25m);
        await CondorFixture.RecordAsync(temp.Journal, closing.Take(2));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => temp.Journal.CloseTradeAsync(tradeId, null, None));

        Assert.Contains("opened 1, closed 0", error.Message, StringComparison.Ordinal);
        var open = await temp.Journal.GetOpenTradeAsync(CondorFixture.Day, None);
        Assert.NotNull(open);
        Assert.Equal(TradeStatus.Open, open.Status);
        Assert.Null(open.PnlNet);
    }

    [Fact]
    public async Task RecordCommission_ArrivingAfterClose_UpdatesNet()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await CondorFixture.OpenAsync(temp.Journal);
        var closing = CondorFixture.Fills(CondorFixture.NextOrderId(), null, false, ExitTime, 0.2m, 2.2m, 2m, 0.25m);
        foreach (var fill in closing)
        {
            await temp.Journal.RecordExecutionAsync(fill, None);
        }

        var beforeCommissions = await temp.Journal.GetTradeAsync(tradeId, None);
        Assert.Equal(TradeStatus.Closed, beforeCommissions!.Status);
        Assert.Equal(4, beforeCommissions.CommissionsPending);
        Assert.Equal(120.60m, beforeCommissions.PnlNet);

        foreach (var fill in closing)
        {
            await temp.Journal.RecordCommissionAsync(new CommissionReport(fill.ExecId, 1.10m), None);
        }

        var after = await temp.Journal.GetTradeAsync(tradeId, None);
        Assert.Equal(0, after!.CommissionsPending);
        Assert.Equal(116.20m, after.PnlNet);
    }

    [Fact]
    public async Task AbandonTrade_EntryNeverFilled_NotFilledAndNoLongerOpen()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        Assert.Equal(TradeStatus.Pending, (await temp.Journal.GetOpenTradeAsync(CondorFixture.Day, None))!.Status);

        await temp.Journal.AbandonTradeAsync(tradeId, "entry deadline 09:33 passed", None);

        Assert.Null(await temp.Journal.GetOpenTradeAsync(CondorFixture.Day, None));
        var trade = await temp.Journal.GetTradeAsync(tradeId, None);
        Assert.Equal(TradeStatus.NotFilled, trade!.Status);
        Assert.Equal("entry deadline 09:33 passed", trade.StatusReason);
    }

    [Fact]
    public async Task RecordExecution_EntryFillsAfterAbandon_BrokerWinsAndTradeReopens()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        var intent = await CondorFixture.RecordAndAttachAsync(temp.Journal, new OrderIntent(tradeId, OrderRole.Entry, OrderAction.Buy, "LMT", 1, 5.00m), 61);
        await temp.Journal.AbandonTradeAsync(tradeId, "cancel sent at the deadline", None);

        await CondorFixture.RecordAsync(temp.Journal,
            CondorFixture.Fills(61, intent.OrderRef.ToString(), true, CondorFixture.EntryTime, 0.5m, 3m, 2.8m, 0.3m));

        var trade = await temp.Journal.GetOpenTradeAsync(CondorFixture.Day, None);
        Assert.NotNull(trade);
        Assert.Equal(TradeStatus.Open, trade.Status);
        Assert.Equal(5.00m, trade.Credit);
    }

    [Fact]
    public async Task RecordTrade_SecondTradeSameDayAndMode_Refused()
    {
        await using var temp = await TempJournal.CreateAsync();
        await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None));

        Assert.Contains("at most one trade per day", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await temp.Journal.QueryTradesAsync(new TradeQuery(), None)).TotalCount);
        Assert.True(await temp.ForMode(Condor.Engine.Configuration.TradingMode.Experiment)
            .RecordTradeAsync(CondorFixture.Trade(), None) > 0);
    }

    [Fact]
    public void Compute_PartialFillsAtDifferentPrices_ExactPnlAndAveragedPrices()
    {
        LegFacts[] legs =
        [
            new(1, LegPosition.LongPut, 5780m), new(2, LegPosition.ShortPut, 5800m),
            new(3, LegPosition.ShortCall, 5900m), new(4, LegPosition.LongCall, 5920m),
        ];
        var t = CondorFixture.EntryTime;
        FillFact[] fills =
        [
            new(1, ExecutionSide.Bought, 3, 0.50m, t, 1m, OrderRole.Entry),
            new(2, ExecutionSide.Sold, 1, 3.00m, t, 1m, OrderRole.Entry),
            new(2, ExecutionSide.Sold, 2, 3.05m, t.AddSeconds(5), 1m, OrderRole.Entry),
            new(3, ExecutionSide.Sold, 3, 2.80m, t, 1m, OrderRole.Entry),
            new(4, ExecutionSide.Bought, 3, 0.30m, t, 1m, OrderRole.Entry),
        ];

        var figures = TradeCalculator.Compute(100, legs, fills, null);

        Assert.Equal(3, figures.OpenedContracts);
        Assert.False(figures.FullyClosed);
        Assert.Equal(3.0333m, figures.Legs[1].OpenPrice);
        Assert.Equal(5.0333m, figures.Credit); // 1510.00 / 300, rounded for display
        Assert.Equal(t, figures.EntryUtc);
        Assert.Null(figures.PnlGross);
    }

    private static async Task<TradeRecord> CloseAsync(OrderRole? role, decimal lp, decimal sp, decimal sc, decimal lc)
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await CondorFixture.OpenAsync(temp.Journal);
        await CondorFixture.CloseAsync(temp.Journal, tradeId, role, ExitTime, lp, sp, sc, lc);
        return await temp.Journal.CloseTradeAsync(tradeId, null, None);
    }
}
