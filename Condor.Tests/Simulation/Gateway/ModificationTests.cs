using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>placeOrder with an id already used: what IB allows (price, quantity) and refuses (103, 104, 105).</summary>
public sealed class ModificationTests
{
    [Fact]
    public async Task PlaceOrder_FilledOrderAgain_CannotModify104()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (bag, _) = await OrderFlow.EnterAsync(harness, client, orderId: 3);

        await client.SendAsync(GatewayHarness.Order(3, bag, "BUY", "LMT", -1m));
        var refused = await client.WaitForAsync<ErrorMessage>(e => e.Id == 3);

        Assert.Equal(104, refused.ErrorCode);
    }

    [Fact]
    public async Task PlaceOrder_NewIdNotAboveUsedIds_DuplicateId103()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        await client.SendAsync(GatewayHarness.Order(10, harness.IronCondor(sp, sc), "BUY", "LMT", -20m));
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 10);

        await client.SendAsync(GatewayHarness.Order(9, harness.IronCondor(sp - 5, sc + 5), "BUY", "LMT", -20m));
        var refused = await client.WaitForAsync<ErrorMessage>(e => e.Id == 9);

        Assert.Equal(103, refused.ErrorCode);
        Assert.Empty(harness.Gateway.Book.Orders(o => o.OrderId == 9));
    }

    [Fact]
    public async Task PlaceOrder_ModifyOrderType_DoesNotMatch105AndKeepsOriginal()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        await client.SendAsync(GatewayHarness.Order(4, bag, "BUY", "LMT", -20m));
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 4);

        await client.SendAsync(GatewayHarness.Order(4, bag, "BUY", "MKT"));
        var refused = await client.WaitForAsync<ErrorMessage>(e => e.Id == 4);

        Assert.Equal(105, refused.ErrorCode);
        Assert.Equal("LMT", Assert.Single(harness.Gateway.Book.Orders(o => o.OrderId == 4)).Order.OrderType);
    }

    [Fact]
    public async Task PlaceOrder_ModifyPriceAndQuantity_Accepted()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        await client.SendAsync(GatewayHarness.Order(4, bag, "BUY", "LMT", -20m));
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 4);

        await client.SendAsync(GatewayHarness.Order(4, bag, "BUY", "LMT", -19m, quantity: 2));
        await OrderFlow.SyncAsync(client);

        var order = Assert.Single(harness.Gateway.Book.Orders(o => o.OrderId == 4));
        Assert.Equal((-19m, 2m), (order.Order.LmtPrice, order.Order.TotalQuantity));
        Assert.DoesNotContain(client.Seen, m => m is ErrorMessage { Id: 4 });
    }
}
