using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Orders belong to the client id that placed them, as at IB.</summary>
public sealed class OwnershipTests
{
    [Fact]
    public async Task CancelOrder_AnotherClientsOrder_NotFound10147AndOrderStaysWorking()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var owner = await harness.ConnectAsync(1);
        await using var other = await harness.ConnectAsync(2);
        var (sp, sc) = harness.ShortStrikes();
        await owner.SendAsync(GatewayHarness.Order(7, harness.IronCondor(sp, sc), "BUY", "LMT", -20m));
        await owner.WaitForAsync<OrderStatusMessage>(s => s.Status == "Submitted");

        await other.SendAsync(new CancelOrderRequest(7, string.Empty));
        var refused = await other.WaitForAsync<ErrorMessage>(e => e.Id == 7);
        await owner.SendAsync(new ReqOpenOrdersRequest());
        var open = await owner.CollectUntilAsync<OpenOrderMessage, OpenOrderEndMessage>();

        Assert.Equal(10147, refused.ErrorCode);
        Assert.Contains(open, o => o.OrderId == 7 && o.OrderState.Status == "Submitted");
    }

    [Fact]
    public async Task PlaceOrder_AnotherClientsOrderId_DuplicateId103AndOrderUnchanged()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var owner = await harness.ConnectAsync(1);
        await using var other = await harness.ConnectAsync(2);
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        await owner.SendAsync(GatewayHarness.Order(7, bag, "BUY", "LMT", -20m));
        await owner.WaitForAsync<OrderStatusMessage>(s => s.Status == "Submitted");

        await other.SendAsync(GatewayHarness.Order(7, bag, "BUY", "LMT", harness.Quote(bag).Ask!.Value));
        var refused = await other.WaitForAsync<ErrorMessage>(e => e.Id == 7);
        await OrderFlow.AdvanceAsync(harness, owner, TimeSpan.FromSeconds(2));

        Assert.Equal(103, refused.ErrorCode);
        Assert.DoesNotContain(owner.Seen, m => m is OrderStatusMessage { Status: "Filled" });
        Assert.Equal(-20m, Assert.Single(harness.Gateway.Book.Orders(o => o.OrderId == 7)).Order.LmtPrice);
    }

    [Fact]
    public async Task OpenOrders_TwoClients_ReqOpenOrdersTheCallersReqAllOpenOrdersEveryones()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var first = await harness.ConnectAsync(1);
        await using var second = await harness.ConnectAsync(2);
        var (sp, sc) = harness.ShortStrikes();
        await first.SendAsync(GatewayHarness.Order(7, harness.IronCondor(sp, sc), "BUY", "LMT", -20m));
        await first.WaitForAsync<OrderStatusMessage>(s => s.Status == "Submitted");
        await second.SendAsync(GatewayHarness.Order(8, harness.IronCondor(sp - 5, sc + 5), "BUY", "LMT", -20m));
        await second.WaitForAsync<OrderStatusMessage>(s => s.Status == "Submitted");

        await second.SendAsync(new ReqOpenOrdersRequest());
        var own = await second.CollectUntilAsync<OpenOrderMessage, OpenOrderEndMessage>();
        await second.SendAsync(new ReqAllOpenOrdersRequest());
        var all = await second.CollectUntilAsync<OpenOrderMessage, OpenOrderEndMessage>();

        Assert.Equal([8], own.Select(o => o.OrderId).Distinct());
        Assert.Equal([7, 8], all.Select(o => o.OrderId).Distinct().Order());
        Assert.Equal(1, all.First(o => o.OrderId == 7).Order.ClientId);
    }

    [Fact]
    public async Task ReqAutoOpenOrders_ClientOtherThanZero_Refused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync(5);
        await using var master = await harness.ConnectAsync(0);

        await client.SendAsync(new ReqAutoOpenOrdersRequest(true));
        var refused = await client.WaitForAsync<ErrorMessage>();
        await master.SendAsync(new ReqAutoOpenOrdersRequest(true));
        await OrderFlow.SyncAsync(master);

        Assert.Equal(321, refused.ErrorCode);
        Assert.DoesNotContain(master.Seen.Skip(5), m => m is ErrorMessage);
    }
}
