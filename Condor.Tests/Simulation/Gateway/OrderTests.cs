using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>The order book over loopback: combo fills, re-pricing, tick rejection, cancel, book queries.</summary>
public sealed class OrderTests
{
    [Fact]
    public async Task PlaceOrder_ComboAtNatural_ReportsInIbOrderWithLegPricesSummingToCombo()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();

        var (_, price) = await OrderFlow.EnterAsync(harness, client);

        var reports = client.Seen.SkipWhile(m => m is not OrderStatusMessage { Status: "Filled" }).ToList();
        Assert.IsType<OpenOrderMessage>(reports[1]);
        var execs = reports.Skip(2).Take(5).Cast<ExecDetailsMessage>().ToList();
        Assert.Equal("BAG", execs[0].Contract.SecType);
        Assert.Equal(price, execs[0].Execution.Price);
        Assert.True(price < 0, "opening a condor is a BUY at a negative price (a credit)");
        var legs = execs.Skip(1).ToList();
        Assert.Equal(["BOT", "SLD", "SLD", "BOT"], legs.Select(e => e.Execution.Side));
        Assert.Equal(price, legs.Sum(e => (e.Execution.Side == "BOT" ? 1 : -1) * e.Execution.Price!.Value));
        Assert.All(reports.Skip(7).Take(4), m => Assert.IsType<CommissionReportMessage>(m));
    }

    [Fact]
    public async Task ReqPositions_AfterFill_ListsEachLegSigned()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        await OrderFlow.EnterAsync(harness, client);

        await client.SendAsync(new ReqPositionsRequest());
        var positions = await client.CollectUntilAsync<PositionMessage, PositionEndMessage>();

        Assert.Equal([1m, -1m, -1m, 1m], positions.OrderBy(p => p.Contract.Right == "C").ThenBy(p => p.Contract.Strike).Select(p => p.Position!.Value));
        Assert.All(positions, p => Assert.Equal("SPXW", p.Contract.TradingClass));
        var longPut = positions.Single(p => p.Contract.Right == "P" && p.Position > 0);
        var bought = client.Seen.OfType<ExecDetailsMessage>().Single(e => e.Contract.ConId == longPut.Contract.ConId).Execution.Price!.Value;
        Assert.Equal((bought * 100) + 0.65m, longPut.AvgCost); // IB's average cost includes the commission
    }

    [Fact]
    public async Task PlaceOrder_SameIdAgain_RepricesAndFills()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        var quote = harness.Quote(bag);

        await client.SendAsync(GatewayHarness.Order(5, bag, "BUY", "LMT", quote.Bid!.Value - 1m));
        await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "Submitted");
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(client.Seen, m => m is OrderStatusMessage { Status: "Filled" });
        await client.SendAsync(GatewayHarness.Order(5, bag, "BUY", "LMT", harness.Quote(bag).Ask!.Value));

        var filled = await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "Filled");
        Assert.Equal(5, filled.OrderId);
    }

    [Fact]
    public async Task PlaceOrder_OffTickPrice_RejectedWith110()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(GatewayHarness.Order(6, harness.IronCondor(sp, sc), "BUY", "LMT", -2.03m));
        var error = await client.WaitForAsync<ErrorMessage>();

        Assert.Equal((6, 110), (error.Id, error.ErrorCode));
    }

    [Fact]
    public async Task CancelOrder_Working_CancelledWith202AndUnknownGives10147()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        await client.SendAsync(GatewayHarness.Order(7, harness.IronCondor(sp, sc), "BUY", "LMT", -20m));
        await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "Submitted");

        await client.SendAsync(new CancelOrderRequest(7, string.Empty));
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 7 && s.Status == "Cancelled");
        var cancelled = await client.WaitForAsync<ErrorMessage>();
        await client.SendAsync(new CancelOrderRequest(99, string.Empty));
        var unknown = await client.WaitForAsync<ErrorMessage>();

        Assert.Equal((7, 202), (cancelled.Id, cancelled.ErrorCode));
        Assert.Equal((99, 10147), (unknown.Id, unknown.ErrorCode));
    }

    [Fact]
    public async Task ReqGlobalCancel_TwoWorking_CancelsBothAndOpenOrdersIsEmpty()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        await client.SendAsync(GatewayHarness.Order(8, harness.IronCondor(sp, sc), "BUY", "LMT", -20m));
        await client.SendAsync(GatewayHarness.Order(9, harness.IronCondor(sp - 5, sc + 5), "BUY", "LMT", -20m));
        await client.SendAsync(new ReqOpenOrdersRequest());
        var open = await client.CollectUntilAsync<OpenOrderMessage, OpenOrderEndMessage>();

        await client.SendAsync(new ReqGlobalCancelRequest());
        await client.SendAsync(new ReqAllOpenOrdersRequest());
        var after = await client.CollectUntilAsync<OpenOrderMessage, OpenOrderEndMessage>();
        await client.SendAsync(new ReqCompletedOrdersRequest(true));
        var completed = await client.CollectUntilAsync<CompletedOrderMessage, CompletedOrdersEndMessage>();

        Assert.Equal([8, 9], open.Where(o => o.OrderState.Status == "Submitted").Select(o => o.OrderId).Distinct());
        Assert.Empty(after);
        Assert.Equal(2, completed.Count(c => c.OrderState.Status == "Cancelled"));
    }

    [Fact]
    public async Task ReqExecutions_AfterFill_ReturnsBagAndLegsWithCommissions()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        await OrderFlow.EnterAsync(harness, client);

        await client.SendAsync(new ReqExecutionsRequest(40, new ExecutionFilter()));
        var execs = await client.CollectUntilAsync<ExecDetailsMessage, ExecDetailsEndMessage>();

        Assert.Equal(5, execs.Count);
        Assert.All(execs, e => Assert.Equal(40, e.ReqId));
        Assert.Equal(4, client.Seen.SkipWhile(m => m is not ExecDetailsMessage { ReqId: 40 }).OfType<CommissionReportMessage>().Count());
    }

    [Fact]
    public async Task PlaceOrder_WhatIf_AnswersMarginsWithoutBooking()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);

        await client.SendAsync(GatewayHarness.Order(10, bag, "BUY", "LMT", harness.Quote(bag).Ask!.Value, whatIf: true));
        var answer = await client.WaitForAsync<OpenOrderMessage>();
        await client.SendAsync(new ReqPositionsRequest());
        var positions = await client.CollectUntilAsync<PositionMessage, PositionEndMessage>();

        Assert.True(answer.Order.WhatIf);
        Assert.Equal(2000m, answer.OrderState.InitMarginChange); // Reg-T: widest wing 20 × 100
        Assert.Equal(4 * 0.65m, answer.OrderState.Commission);
        Assert.Empty(positions);
    }

    [Fact]
    public async Task PlaceOrder_WhatIfEmptyScenario_AnswersWithoutMargins()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { EmptyWhatIf = true }, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(GatewayHarness.Order(11, harness.IronCondor(sp, sc), "BUY", "LMT", -2m, whatIf: true));
        var answer = await client.WaitForAsync<OpenOrderMessage>();

        Assert.True(answer.Order.WhatIf);
        Assert.Null(answer.OrderState.InitMarginChange);
        Assert.Null(answer.OrderState.MaintMarginAfter);
    }
}
