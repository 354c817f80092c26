using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>whatIf margins and a combo fill with everything that reports it.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task WhatIf_CondorForCredit_AnswersMarginsWithinMaxLossAndPlacesNothing()
    {
        await using var s = await OpenAsync();
        var bag = await s.CondorAsync(wing: 20);
        var (_, ask) = await s.QuoteAsync(bag);

        var state = await s.MarginsAsync(bag, ContractSession.Order("BUY", "LMT", ask));

        Assert.True(ask < 0, $"a condor bought for a credit has a negative price ({ask})");
        Assert.InRange(state.InitMarginChange!.Value, 1m, 2000m);
        Assert.InRange(state.MaintMarginChange!.Value, 1m, 2000m);
        Assert.NotNull(state.InitMarginAfter);
        Assert.Empty(await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token));
        Assert.Empty(s.Orders.Seen);
    }

    [Fact]
    public async Task PlaceOrder_CondorAtNatural_FillsWithLegAndBagExecutionsCommissionsAndPositions()
    {
        await using var s = await OpenAsync();

        var (bag, ack, filled) = await s.EnterAsync();

        var events = s.Orders.Seen.Where(e => e.OrderId == ack.OrderId).Select(e => e.Message).ToList();
        var executions = events.OfType<ExecDetailsMessage>().ToList();
        var legIds = bag.ComboLegs.Select(l => l.ConId).ToHashSet();
        Assert.Equal((1m, 0m), (filled.Filled, filled.Remaining));
        Assert.True(filled.AvgFillPrice < 0, $"credit fill {filled.AvgFillPrice}");
        Assert.Single(executions, e => e.Contract.SecType == "BAG");
        Assert.Equal(legIds, executions.Where(e => e.Contract.SecType == "OPT").Select(e => e.Contract.ConId).ToHashSet());
        Assert.Equal(4, events.OfType<CommissionReportMessage>().Count(c => c.CommissionReport.Commission > 0));
        Assert.Contains(events, m => m is OpenOrderMessage);

        var positions = await s.Client.GetPositionsAsync(s.Token);
        var held = positions.Where(p => legIds.Contains(p.Contract.ConId)).ToDictionary(p => p.Contract.ConId, p => p.Position);
        Assert.Equal(bag.ComboLegs.ToDictionary(l => l.ConId, l => (decimal?)(l.Action == "BUY" ? 1m : -1m)), held);

        var reported = await s.Client.GetExecutionsAsync(new ExecutionFilter(), s.Token);
        Assert.Equal(5, reported.Count(e => e.Execution.OrderId == ack.OrderId));
        var completed = await s.Client.GetCompletedOrdersAsync(apiOnly: true, s.Token);
        Assert.NotEqual(0, filled.PermId);
        Assert.Contains(completed, c => c.Order.PermId == filled.PermId && c.OrderState.Status == "Filled");
    }

    [Fact]
    public async Task CancelOrder_WorkingLimitFarFromMarket_Cancelled()
    {
        await using var s = await OpenAsync();
        var bag = await s.CondorAsync();
        var (bid, _) = await s.QuoteAsync(bag);
        var ack = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", bid - 2m));
        var working = await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token);

        await s.Client.CancelOrderAsync(ack.OrderRef, s.Token);

        await s.StatusAsync(ack.OrderId, "Cancelled");
        Assert.Contains(working, o => o.OrderId == ack.OrderId);
        Assert.Empty(await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token));
    }

    [Fact]
    public async Task GetAccountSummary_AfterFill_CashReflectsCreditAndCommissions()
    {
        await using var s = await OpenAsync();
        var before = await CashAsync(s);

        var (_, _, filled) = await s.EnterAsync();

        var after = await CashAsync(s);
        var commissions = s.Orders.Seen.Select(e => e.Message).OfType<CommissionReportMessage>().Sum(c => c.CommissionReport.Commission!.Value);
        Assert.Equal(before - (filled.AvgFillPrice!.Value * 100) - commissions, after);
    }

    [Fact]
    public async Task GetOpenOrders_AllClients_SecondClientSeesFirstClientsOrder()
    {
        await using var s = await OpenAsync();
        var bag = await s.CondorAsync();
        var (bid, _) = await s.QuoteAsync(bag);
        var order = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", bid - 2m));
        await using var other = ContractSession.NewClient(s.Market.Port, clientId: 8);
        await other.ConnectAsync(s.Token);

        var own = await other.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token);
        var all = await other.GetOpenOrdersAsync(OpenOrdersScope.AllClients, s.Token);

        Assert.DoesNotContain(own, o => o.OrderId == order.OrderId);
        Assert.Contains(all, o => o.OrderId == order.OrderId && o.Order.ClientId == 7);
    }

    private static async Task<decimal> CashAsync(ContractSession s)
    {
        var rows = await s.Client.GetAccountSummaryAsync(["TotalCashValue"], s.Token);
        return decimal.Parse(rows.Single(r => r.Tag == "TotalCashValue").Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
