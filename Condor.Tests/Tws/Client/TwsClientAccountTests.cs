using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Tws.Client;

/// <summary>Account and order queries over a real loopback socket: positions, account summary, executions, open/completed orders, P&amp;L.</summary>
public sealed class TwsClientAccountTests
{
    private static readonly Contract Put = new()
    {
        ConId = 7002, Symbol = "SPX", SecType = "OPT", TradingClass = "SPXW", LastTradeDateOrContractMonth = "20261123",
        Strike = 5850m, Right = "P", Multiplier = "100", Exchange = "SMART", Currency = "USD",
    };

    [Fact]
    public async Task GetPositionsAsync_RowsThenEnd_ReturnsRowsAndCancelsUpdates()
    {
        await using var h = await ClientHarness.StartAsync();

        var positions = h.Client.GetPositionsAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqPositionsRequest>(h.Token);
        await h.Peer.SendAsync(new PositionMessage(CodecGateway.Account, Put, -1m, 245.5m), h.Token);
        await h.Peer.SendAsync(new PositionMessage(CodecGateway.Account, Put with { ConId = 7001, Strike = 5830m }, 1m, 120m), h.Token);
        await h.Peer.SendAsync(new PositionEndMessage(), h.Token);

        var rows = await positions;
        Assert.Equal([-1m, 1m], rows.Select(r => r.Position));
        Assert.Equal(5850m, rows[0].Contract.Strike);
        await h.Peer.ReceiveAsync<CancelPositionsRequest>(h.Token);
    }

    [Fact]
    public async Task GetAccountSummaryAsync_RowsThenEnd_ReturnsRowsAndCancelsTheSubscription()
    {
        await using var h = await ClientHarness.StartAsync();

        var summary = h.Client.GetAccountSummaryAsync(["NetLiquidation", "AvailableFunds"], h.Token);
        var request = await h.Peer.ReceiveAsync<ReqAccountSummaryRequest>(h.Token);
        Assert.Equal(("All", "NetLiquidation,AvailableFunds"), (request.Group, request.Tags));
        await h.Peer.SendAsync(new AccountSummaryMessage(request.ReqId, CodecGateway.Account, "NetLiquidation", "250121.83", "USD"), h.Token);
        await h.Peer.SendAsync(new AccountSummaryMessage(request.ReqId, CodecGateway.Account, "AvailableFunds", "180400.10", "USD"), h.Token);
        await h.Peer.SendAsync(new AccountSummaryEndMessage(request.ReqId), h.Token);

        Assert.Equal(["NetLiquidation=250121.83", "AvailableFunds=180400.10"], (await summary).Select(r => r.Tag + "=" + r.Value));
        Assert.Equal(request.ReqId, (await h.Peer.ReceiveAsync<CancelAccountSummaryRequest>(h.Token)).ReqId);
    }

    [Fact]
    public async Task GetExecutionsAsync_RequestedRowsReturned_UnsolicitedFillAndCommissionAreOrderEvents()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeOrderEvents();

        var executions = h.Client.GetExecutionsAsync(new ExecutionFilter { ClientId = 7 }, h.Token);
        var request = await h.Peer.ReceiveAsync<ReqExecutionsRequest>(h.Token);
        Assert.Equal(7, request.Filter.ClientId);
        await h.Peer.SendAsync(new ExecDetailsMessage(request.ReqId, Put, Fill(90, "0001.01")), h.Token);
        await h.Peer.SendAsync(new ExecDetailsMessage(-1, Put, Fill(101, "0002.01")), h.Token);
        await h.Peer.SendAsync(new ExecDetailsEndMessage(request.ReqId), h.Token);
        await h.Peer.SendAsync(new CommissionReportMessage(new CommissionReport { ExecId = "0002.01", Commission = 1.1m, Currency = "USD" }), h.Token);

        var row = Assert.Single(await executions);
        Assert.Equal((90, "0001.01"), (row.Execution.OrderId, row.Execution.ExecId));
        var fill = await events.Reader.ReadAsync(h.Token);
        Assert.Equal(101, fill.OrderId);
        Assert.IsType<ExecDetailsMessage>(fill.Message);
        var commission = await events.Reader.ReadAsync(h.Token);
        Assert.Equal(101, commission.OrderId);
        Assert.Equal(1.1m, Assert.IsType<CommissionReportMessage>(commission.Message).CommissionReport.Commission);
    }

    [Fact]
    public async Task GetOpenOrdersAsync_AllClients_ReturnsOrdersUntilEnd()
    {
        await using var h = await ClientHarness.StartAsync();

        var open = h.Client.GetOpenOrdersAsync(OpenOrdersScope.AllClients, h.Token);
        await h.Peer.ReceiveAsync<ReqAllOpenOrdersRequest>(h.Token);
        await h.Peer.SendAsync(TwsClientOrderTests.OpenOrder(96, "Submitted"), h.Token);
        await h.Peer.SendAsync(TwsClientOrderTests.Status(96, "Submitted"), h.Token);
        await h.Peer.SendAsync(TwsClientOrderTests.OpenOrder(97, "PreSubmitted"), h.Token);
        await h.Peer.SendAsync(new OpenOrderEndMessage(), h.Token);

        var orders = await open;
        Assert.Equal([96, 97], orders.Select(o => o.OrderId));
        Assert.StartsWith("condor:20261123:entry:", orders[0].Order.OrderRef, StringComparison.Ordinal);

        var own = h.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, h.Token);
        await h.Peer.ReceiveAsync<ReqOpenOrdersRequest>(h.Token);
        await h.Peer.SendAsync(new OpenOrderEndMessage(), h.Token);
        Assert.Empty(await own);
    }

    [Fact]
    public async Task GetCompletedOrdersAsync_RowsThenEnd_ReturnsThem()
    {
        await using var h = await ClientHarness.StartAsync();

        var completed = h.Client.GetCompletedOrdersAsync(apiOnly: true, h.Token);
        Assert.True((await h.Peer.ReceiveAsync<ReqCompletedOrdersRequest>(h.Token)).ApiOnly);
        await h.Peer.SendAsync(
            new CompletedOrderMessage(OrderSamples.Condor, OrderSamples.Entry with { FilledQuantity = 1m }, new OrderState { Status = "Filled", CompletedStatus = "Filled" }),
            h.Token);
        await h.Peer.SendAsync(new CompletedOrdersEndMessage(), h.Token);

        var row = Assert.Single(await completed);
        Assert.Equal(("Filled", 1m), (row.OrderState.Status, row.Order.FilledQuantity));
    }

    [Fact]
    public async Task SubscribePnLAsync_Updates_ArriveAndDisposeSendsCancelPnL()
    {
        await using var h = await ClientHarness.StartAsync();

        var pnl = await h.Client.SubscribePnLAsync(CodecGateway.Account, h.Token);
        var request = await h.Peer.ReceiveAsync<ReqPnLRequest>(h.Token);
        Assert.Equal(CodecGateway.Account, request.Account);
        await h.Peer.SendAsync(new PnlMessage(request.ReqId, 125.5m, -40m, null), h.Token);

        var update = await pnl.Reader.ReadAsync(h.Token);
        Assert.Equal((125.5m, -40m, (decimal?)null), (update.DailyPnL, update.UnrealizedPnL, update.RealizedPnL));
        Assert.Equal(0, h.Client.MarketDataLines); // P&L is not a market-data line

        await pnl.DisposeAsync();
        Assert.Equal(request.ReqId, (await h.Peer.ReceiveAsync<CancelPnLRequest>(h.Token)).ReqId);
    }

    private static Engine.Tws.Protocol.Models.Execution Fill(int orderId, string execId) => new()
    {
        OrderId = orderId, ClientId = 7, ExecId = execId, Time = "20261123 09:32:03 US/Eastern", AcctNumber = CodecGateway.Account,
        Exchange = "CBOE", Side = "SLD", Shares = 1m, Price = 2.35m, PermId = 1_851_234_567, CumQty = 1m, AvgPrice = 2.35m,
        OrderRef = "condor:20261123:entry:1",
    };
}
