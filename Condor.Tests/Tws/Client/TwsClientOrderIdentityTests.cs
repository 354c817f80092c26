using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using static Condor.Tests.Tws.Client.TwsClientOrderTests;

namespace Condor.Tests.Tws.Client;

/// <summary>Order identity over a real socket: intents keyed by orderRef, ids allocated by the client only, correlation by (clientId, orderId) and permId.</summary>
public sealed class TwsClientOrderIdentityTests
{
    private const int OtherClient = 8;

    [Fact]
    public async Task PlaceOrderAsync_CallerNamesAnOrderId_RefusedAndNothingSent()
    {
        await using var h = await ClientHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry with { OrderId = 101 }, h.Token));

        await AssertNextPlacementGetsAsync(h, ClientHarness.FirstOrderId);
    }

    [Fact]
    public async Task PlaceOrderAsync_SameOrderRefTwice_SecondRefused()
    {
        await using var h = await ClientHarness.StartAsync();
        var entry = OrderSamples.Entry;
        var first = await PlaceAckedAsync(h, entry);

        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.PlaceOrderAsync(OrderSamples.Condor, entry, h.Token));

        Assert.Equal(ClientHarness.FirstOrderId, first.OrderId);
        await AssertNextPlacementGetsAsync(h, ClientHarness.FirstOrderId + 1);
    }

    [Fact]
    public async Task PlaceOrderAsync_OurIdsSeenInOpenOrdersAndExecutions_NextIdAboveEveryOne()
    {
        await using var h = await ClientHarness.StartAsync();
        await h.Peer.SendAsync(OpenOrder(150, "Submitted"), h.Token);
        await h.Peer.SendAsync(Execution(clientId: 7, orderId: 170, permId: 9170), h.Token);
        await h.Peer.SendAsync(Execution(clientId: OtherClient, orderId: 900, permId: 9900), h.Token); // another client's ids do not count
        await SyncAsync(h);

        await AssertNextPlacementGetsAsync(h, 171);
    }

    [Fact]
    public async Task ReserveOrderIdsThrough_JournalsHighestId_NextIdAboveIt()
    {
        await using var h = await ClientHarness.StartAsync();

        h.Client.ReserveOrderIdsThrough(240);

        await AssertNextPlacementGetsAsync(h, 241);
    }

    [Fact]
    public async Task OrderEvents_AnotherClientsOrderWithOurId_NeverTakenForOurs()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeOrderEvents();
        var entry = OrderSamples.Entry;
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);

        await h.Peer.SendAsync(OpenOrder(sent.OrderId, "Filled") with { Order = OrderSamples.WithId(sent.OrderId) with { ClientId = OtherClient, PermId = 555 } }, h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Filled") with { ClientId = OtherClient, PermId = 555 }, h.Token);
        await SyncAsync(h);
        var pendingAfterForeign = !placing.IsCompleted;
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);

        var placement = await placing;
        Assert.True(pendingAfterForeign, "another client's order must not acknowledge ours");
        Assert.Equal((PlacementOutcome.Acknowledged, "Submitted"), (placement.Outcome, placement.Status));
        var seen = new[] { await events.Reader.ReadAsync(h.Token), await events.Reader.ReadAsync(h.Token), await events.Reader.ReadAsync(h.Token) };
        Assert.Equal([null, null, entry.OrderRef], seen.Select(e => e.OrderRef));
        Assert.Equal([OtherClient, OtherClient, 7], seen.Select(e => e.ClientId));
    }

    [Fact]
    public async Task OrderEvents_PermIdKnown_ExecutionWithoutOurClientIdStillOurs()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeOrderEvents();
        var placement = await PlaceAckedAsync(h, OrderSamples.Entry); // Status carries permId 1_851_234_567

        // e.g. an execution reported with client id 0 (order bound to TWS): the permId says whose it is
        await h.Peer.SendAsync(Execution(clientId: 0, orderId: 0, permId: 1_851_234_567), h.Token);
        await h.Peer.SendAsync(Execution(clientId: OtherClient, orderId: placement.OrderId, permId: 42), h.Token);

        await events.Reader.ReadAsync(h.Token); // the acknowledging status
        Assert.Equal(placement.OrderRef, (await events.Reader.ReadAsync(h.Token)).OrderRef);
        Assert.Null((await events.Reader.ReadAsync(h.Token)).OrderRef);
        Assert.Equal(new TrackedOrder(placement.OrderRef, placement.OrderId, 1_851_234_567), h.Client.FindOrder(placement.OrderRef));
    }

    [Fact]
    public async Task ModifyOrderAsync_OurOrder_SendsItsIdAndTheNextPlacementGetsANewOne()
    {
        await using var h = await ClientHarness.StartAsync();
        var placed = await PlaceAckedAsync(h, OrderSamples.Entry);

        var modifying = h.Client.ModifyOrderAsync(placed.OrderRef, OrderSamples.Condor, OrderSamples.Entry with { LmtPrice = -1.45m }, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);
        var modified = await modifying;

        Assert.Equal((placed.OrderId, placed.OrderRef, -1.45m), (sent.OrderId, sent.Order.OrderRef, sent.Order.LmtPrice));
        Assert.Equal(PlacementOutcome.Acknowledged, modified.Outcome);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.ModifyOrderAsync("condor:20261123:entry:999", OrderSamples.Condor, OrderSamples.Entry, h.Token));
        await AssertNextPlacementGetsAsync(h, placed.OrderId + 1);
    }

    internal static async Task<OrderPlacement> PlaceAckedAsync(ClientHarness h, Order order)
    {
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, order, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);
        return await placing;
    }

    private static async Task AssertNextPlacementGetsAsync(ClientHarness h, int expectedId)
    {
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);
        Assert.Equal(expectedId, sent.OrderId);
        Assert.Equal(expectedId, (await placing).OrderId);
    }

    private static ExecDetailsMessage Execution(int clientId, int orderId, long permId) =>
        new(-1, OrderSamples.Condor, new Engine.Tws.Protocol.Models.Execution
        {
            OrderId = orderId, ClientId = clientId, PermId = permId, ExecId = $"0001.{orderId}.{permId}", Side = "BOT", Shares = 1, Price = -1.5m,
            Time = "20261123 09:32:03 US/Eastern", AcctNumber = CodecGateway.Account, Exchange = "CBOE",
        });
}
