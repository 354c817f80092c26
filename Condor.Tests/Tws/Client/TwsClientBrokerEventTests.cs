using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Tests.Tws.Mapping;

namespace Condor.Tests.Tws.Client;

/// <summary>The client's typed order-event stream: the mapping layer over the frames of a real loopback socket.</summary>
public sealed class TwsClientBrokerEventTests
{
    [Fact]
    public async Task SubscribeBrokerEvents_GatewayReportsFill_TypedStatusExecutionAndCommissionInOrder()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeBrokerEvents();

        await h.Peer.SendAsync(GoldenMessages.Single<OrderStatusMessage>("orderStatus_filled"), h.Token);
        await h.Peer.SendAsync(GoldenMessages.Single<ExecDetailsMessage>("execDetails_leg_short_put"), h.Token);
        await h.Peer.SendAsync(GoldenMessages.Single<CommissionReportMessage>("commissionReport"), h.Token);

        var status = Assert.IsType<OrderStatusChanged>(await events.Reader.ReadAsync(h.Token));
        Assert.Equal((101, OrderStatus.Filled, 1m), (status.OrderId, status.Status, status.Filled));
        var fill = Assert.IsType<OrderExecuted>(await events.Reader.ReadAsync(h.Token));
        Assert.Equal((780112202, FillSide.Sold), (fill.ConId, fill.Side));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 32, 3, TimeSpan.Zero), fill.ExecutedAt);
        var commission = Assert.IsType<CommissionReported>(await events.Reader.ReadAsync(h.Token));
        Assert.Equal(fill.ExecId, commission.ExecId);
    }

    [Fact]
    public async Task SubscribeBrokerEvents_OrderErrorAndRequestError_OnlyTheOrderErrorIsAnEvent()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeBrokerEvents();

        await h.Peer.SendAsync(new ErrorMessage(1_000_000_005, 162, "HMDS query returned no data", ""), h.Token);
        await h.Peer.SendAsync(new ErrorMessage(-1, 2104, "Market data farm connection is OK:usfarm", ""), h.Token);
        await h.Peer.SendAsync(new ErrorMessage(103, 10148, "OrderId 103 that needs to be cancelled cannot be cancelled, state: Filled.", ""), h.Token);

        var error = Assert.IsType<OrderErrorReported>(await events.Reader.ReadAsync(h.Token));
        Assert.Equal((103, 10148), (error.OrderId, error.Code));
    }

    [Fact]
    public async Task SubscribeBrokerEvents_UndocumentedStatus_LoggedNotPublished()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeBrokerEvents();

        await h.Peer.SendAsync(new OrderStatusMessage(101, "Unknown", 0, 1, 0, 5, 0, 0, 7, "", null), h.Token);
        await h.Peer.SendAsync(new OrderStatusMessage(101, "Submitted", 0, 1, 0, 5, 0, 0, 7, "", null), h.Token);

        Assert.Equal(OrderStatus.Submitted, Assert.IsType<OrderStatusChanged>(await events.Reader.ReadAsync(h.Token)).Status);
        Assert.Contains(h.Logs.Entries, e => e.Message.Contains("could not be read as a typed order event", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GatewayZone_AfterHandshake_IsTheZoneOfTheConnectionTime()
    {
        await using var h = await ClientHarness.StartAsync();

        Assert.Equal(Engine.Market.ExchangeTime.NewYork, h.Client.GatewayZone);
    }

    [Fact]
    public async Task SubscribeBrokerEvents_RequestedExecutions_AreAnswersNotEvents()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeBrokerEvents();

        var executions = h.Client.GetExecutionsAsync(new ExecutionFilter(), h.Token);
        var request = await h.Peer.ReceiveAsync<Engine.Tws.Protocol.Requests.ReqExecutionsRequest>(h.Token);
        var fill = GoldenMessages.Single<ExecDetailsMessage>("execDetails_leg_short_put");
        await h.Peer.SendAsync(fill with { ReqId = request.ReqId }, h.Token);
        await h.Peer.SendAsync(new ExecDetailsEndMessage(request.ReqId), h.Token);
        await h.Peer.SendAsync(GoldenMessages.Single<CommissionReportMessage>("commissionReport"), h.Token);

        Assert.Single(await executions);
        Assert.IsType<CommissionReported>(await events.Reader.ReadAsync(h.Token));
    }
}
