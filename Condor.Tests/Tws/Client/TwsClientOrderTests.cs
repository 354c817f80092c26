using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;
using Condor.Tests.TestSupport;

namespace Condor.Tests.Tws.Client;

/// <summary>Orders over a real loopback socket: acknowledgement, rejection, whatIf, cancel, order events.</summary>
public sealed class TwsClientOrderTests
{
    private const string RejectJson = "{\"rejectReason\":\"Insufficient margin\",\"code\":\"201\"}";

    [Fact]
    public async Task PlaceOrderAsync_GatewayAcknowledges_CompletesWithAllocatedIdAndEventArrives()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeOrderEvents();

        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        Assert.Equal(ClientHarness.FirstOrderId, sent.OrderId);
        Assert.Equal((-1.50m, "LMT", 4), (sent.Order.LmtPrice, sent.Order.OrderType, sent.Contract.ComboLegs.Count));
        Assert.False(sent.Order.WhatIf);

        await h.Peer.SendAsync(OpenOrder(sent.OrderId, "PreSubmitted"), h.Token);

        var ack = await placing;
        Assert.Equal((PlacementOutcome.Acknowledged, ClientHarness.FirstOrderId, "PreSubmitted"), (ack.Outcome, ack.OrderId, ack.Status));
        var opened = await events.Reader.ReadAsync(h.Token);
        Assert.Equal(ClientHarness.FirstOrderId, opened.OrderId);
        Assert.IsType<OpenOrderMessage>(opened.Message);

        var next = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var second = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(second.OrderId, "Submitted"), h.Token);
        Assert.Equal((ClientHarness.FirstOrderId + 1, "Submitted"), ((await next).OrderId, (await next).Status));
    }

    [Fact]
    public async Task PlaceOrderAsync_Rejected201_RejectedWithCodeAndAdvancedRejectJson()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeOrderEvents();

        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(new ErrorMessage(sent.OrderId, 201, "Order rejected - reason:Insufficient margin", RejectJson), h.Token);

        var placement = await placing;
        Assert.Equal((PlacementOutcome.Rejected, sent.OrderId, 201), (placement.Outcome, placement.OrderId, placement.ErrorCode));
        Assert.Equal(RejectJson, placement.AdvancedOrderRejectJson);
        var rejected = await events.Reader.ReadAsync(h.Token);
        Assert.Equal(201, Assert.IsType<ErrorMessage>(rejected.Message).ErrorCode);
    }

    [Fact]
    public async Task OrderEvent202_AfterCancel_FailsNothingAndAppearsOnEventStream()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeOrderEvents();
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);
        await placing;
        var time = h.Client.RequestCurrentTimeAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqCurrentTimeRequest>(h.Token);

        await h.Client.CancelOrderAsync((await placing).OrderRef, h.Token);
        Assert.Equal(sent.OrderId, (await h.Peer.ReceiveAsync<CancelOrderRequest>(h.Token)).OrderId);
        await h.Peer.SendAsync(new ErrorMessage(sent.OrderId, 202, "Order Canceled - reason:", ""), h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Cancelled"), h.Token);
        await h.Peer.SendAsync(new CurrentTimeMessage(1_795_444_318), h.Token);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_795_444_318), await time);
        var seen = new List<OrderEvent>();
        for (var i = 0; i < 3; i++)
        {
            seen.Add(await events.Reader.ReadAsync(h.Token));
        }

        Assert.Equal("Submitted", Assert.IsType<OrderStatusMessage>(seen[0].Message).Status);
        Assert.Equal(202, Assert.IsType<ErrorMessage>(seen[1].Message).ErrorCode);
        Assert.Equal("Cancelled", Assert.IsType<OrderStatusMessage>(seen[2].Message).Status);
        Assert.All(seen, e => Assert.Equal(sent.OrderId, e.OrderId));
    }

    [Fact]
    public async Task OrderEvents_CarryTheLocalReceiveTime()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 14, 32, 5, TimeSpan.Zero));
        await using var h = await ClientHarness.StartAsync(timeProvider: clock);
        await using var events = h.Client.SubscribeOrderEvents();

        await h.Peer.SendAsync(Status(55, "Filled"), h.Token);

        var received = await events.Reader.ReadAsync(h.Token);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 32, 5, TimeSpan.Zero), received.ReceivedAt);
    }

    [Fact]
    public async Task WhatIfAsync_GatewayAnswersMargins_ReturnsThemAndPublishesNoOrderEvent()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeOrderEvents();

        var whatIf = h.Client.WhatIfAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        Assert.True(sent.Order.WhatIf);
        var state = new OrderState
        {
            Status = "PreSubmitted",
            InitMarginBefore = 0m,
            InitMarginChange = 1850.00m,
            InitMarginAfter = 1850.00m,
            MaintMarginChange = 1850.00m,
            Commission = 4.40m,
            CommissionCurrency = "USD",
        };
        await h.Peer.SendAsync(new OpenOrderMessage(sent.OrderId, OrderSamples.Condor, OrderSamples.WithId(sent.OrderId) with { WhatIf = true }, state), h.Token);
        await h.Peer.SendAsync(Status(77, "Submitted"), h.Token);

        var answer = await whatIf;
        Assert.True(answer.HasMargins);
        var margins = answer.State!;
        Assert.Equal((1850.00m, 1850.00m, 4.40m), (margins.InitMarginChange, margins.MaintMarginChange, margins.Commission));
        Assert.Equal(77, (await events.Reader.ReadAsync(h.Token)).OrderId); // the whatIf answer was not an order event
    }

    [Fact]
    public async Task WhatIfAsync_EmptyMarginsThenTimeout_NoMarginAnswerWithNullsNotNumbers()
    {
        await using var h = await ClientHarness.StartAsync(requestTimeout: TimeSpan.FromSeconds(5));
        var clock = h.Clock;

        var whatIf = h.Client.WhatIfAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(
            new OpenOrderMessage(sent.OrderId, OrderSamples.Condor, OrderSamples.WithId(sent.OrderId) with { WhatIf = true }, new OrderState { Status = "PreSubmitted" }),
            h.Token);
        await SyncAsync(h);
        Assert.False(whatIf.IsCompleted); // IB may still send the real answer
        clock.Advance(TimeSpan.FromSeconds(5));

        var answer = await whatIf;
        Assert.False(answer.HasMargins);
        Assert.Contains("no whatIf answer with margins", answer.Reason, StringComparison.Ordinal);
        var margins = answer.State!;
        Assert.Null(margins.InitMarginChange);
        Assert.Null(margins.MaintMarginChange);
        Assert.Null(margins.InitMarginAfter);
        Assert.Null(margins.Commission);
    }

    [Fact]
    public async Task WhatIfAsync_MarginFieldsEmptyText_ReadAsUnsetNotZeros()
    {
        await using var h = await ClientHarness.StartAsync(requestTimeout: TimeSpan.FromSeconds(5));
        var clock = h.Clock;

        var whatIf = h.Client.WhatIfAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        var fields = Condor.Engine.Tws.Protocol.ProtocolEncoder.Fields(new OpenOrderMessage(
            sent.OrderId, OrderSamples.Condor, OrderSamples.WithId(sent.OrderId) with { WhatIf = true }, new OrderState { Status = "PreSubmitted" }));
        var status = Array.IndexOf(fields, "PreSubmitted");
        for (var i = status + 1; i <= status + 9; i++)
        {
            fields[i] = ""; // the nine margin fields, as paper accounts sometimes send them
        }

        await h.Peer.SendFieldsAsync(h.Token, fields);
        await SyncAsync(h);
        clock.Advance(TimeSpan.FromSeconds(5));

        var answer = await whatIf;
        Assert.False(answer.HasMargins);
        var margins = answer.State!;
        Assert.Equal("PreSubmitted", margins.Status);
        Assert.Null(margins.InitMarginBefore);
        Assert.Null(margins.InitMarginChange);
        Assert.Null(margins.EquityWithLoanAfter);
    }

    [Fact]
    public async Task PlaceOrderAsync_OrderWithoutAccount_GetsTheConfiguredAccount()
    {
        await using var h = await ClientHarness.StartAsync(account: "DU7654321", managedAccounts: "DU1234567,DU7654321");

        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);
        await placing;

        Assert.Equal("DU7654321", sent.Order.Account);
    }

    [Fact]
    public async Task CancelOrderAsync_StuckInThePacerPastTheTimeout_FailsWithRequestTimeout()
    {
        var clock = new ManualTimeProvider();
        await using var h = await ClientHarness.StartAsync(requestTimeout: TimeSpan.FromSeconds(1), timeProvider: clock);
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);
        var placed = await placing;
        var burst = Enumerable.Range(0, 49).Select(_ => h.Client.SetMarketDataTypeAsync(1, h.Token)).ToList();
        await Task.WhenAll(burst); // with the placement, the pacer's one-second window (50 messages) is full and virtual time stands still

        var cancel = h.Client.CancelOrderAsync(placed.OrderRef, h.Token);
        Assert.False(cancel.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1)); // the timeout falls due before the pacing window (1 s + margin) frees a slot

        var ex = await Assert.ThrowsAsync<TwsRequestTimeoutException>(() => cancel.WaitAsync(h.Token));
        Assert.Equal(placed.OrderId, ex.RequestId);
    }

    [Fact]
    public async Task PlaceOrderAsync_NotConnected_FailsFastWithConnectionLost()
    {
        await using var h = await ClientHarness.StartAsync();
        await h.Client.DisconnectAsync(h.Token);

        await Assert.ThrowsAsync<TwsConnectionLostException>(
            () => h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token).WaitAsync(h.Token));
        await Assert.ThrowsAsync<TwsConnectionLostException>(
            () => h.Client.WhatIfAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token).WaitAsync(h.Token));
    }

    [Fact]
    public async Task OrderIds_AfterReconnectWithStaleNextValidId_AreNeverReused()
    {
        await using var h = await ClientHarness.StartAsync();
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var first = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(first.OrderId, "Submitted"), h.Token);
        await placing;

        h.Peer.Dispose();
        var reconnecting = h.Client.ReconnectAsync(h.Token);
        h.Peer = await h.Gateway.AcceptAsync(ClientHarness.FirstOrderId, h.Token); // the gateway offers the old id again
        await reconnecting;

        var again = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var second = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(second.OrderId, "Submitted"), h.Token);

        Assert.Equal(first.OrderId + 1, (await again).OrderId);
    }

    /// <summary>A round trip: everything the peer sent before has been dispatched.</summary>
    internal static async Task SyncAsync(ClientHarness h)
    {
        var time = h.Client.RequestCurrentTimeAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqCurrentTimeRequest>(h.Token);
        await h.Peer.SendAsync(new CurrentTimeMessage(1_795_444_318), h.Token);
        await time;
    }

    internal static OrderStatusMessage Status(int orderId, string status) =>
        new(orderId, status, 0, 1, 0, 1_851_234_567, 0, 0, 7, "", null);

    internal static OpenOrderMessage OpenOrder(int orderId, string status) =>
        new(orderId, OrderSamples.Condor, OrderSamples.WithId(orderId) with { ClientId = 7 }, new OrderState { Status = status });
}
