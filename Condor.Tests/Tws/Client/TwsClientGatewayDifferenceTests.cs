using Condor.Engine.Configuration;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;
using static Condor.Tests.Tws.Client.TwsClientOrderTests;

namespace Condor.Tests.Tws.Client;

/// <summary>Where a real gateway differs from the happy path (issue 9 section 5), over a real socket to the scripted gateway.</summary>
public sealed class TwsClientGatewayDifferenceTests
{
    [Fact]
    public async Task PlaceOrderAsync_UnclassifiedCodeThenAcknowledged_Acknowledged()
    {
        await using var h = await ClientHarness.StartAsync();
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);

        await h.Peer.SendAsync(new ErrorMessage(sent.OrderId, 10999, "Something IB has not documented", ""), h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);

        Assert.Equal((PlacementOutcome.Acknowledged, "Submitted"), ((await placing).Outcome, (await placing).Status));
    }

    [Fact]
    public async Task PlaceOrderAsync_UnclassifiedCodeThenSilence_UnknownReconcileNeverRejected()
    {
        await using var h = await ClientHarness.StartAsync(requestTimeout: TimeSpan.FromSeconds(5));
        var clock = h.Clock;
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(new ErrorMessage(sent.OrderId, 10999, "Something IB has not documented", ""), h.Token);
        await SyncAsync(h);
        var stillWaiting = !placing.IsCompleted;

        clock.Advance(TimeSpan.FromSeconds(5));

        var placement = await placing;
        Assert.True(stillWaiting, "an unclassified code must not settle the placement");
        Assert.Equal((PlacementOutcome.Unknown, 10999, sent.OrderId), (placement.Outcome, placement.ErrorCode, placement.OrderId));
        Assert.Contains("10999", placement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceOrderAsync_Informational10349ThenFilled_AcknowledgedAsFilled()
    {
        await using var h = await ClientHarness.StartAsync();
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry with { Tif = "GTC" }, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);

        // IB code 10349: "Order TIF was set to DAY based on order preset." The order works and fills.
        await h.Peer.SendAsync(new ErrorMessage(sent.OrderId, 10349, "Order TIF was set to DAY based on order preset.", ""), h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Filled"), h.Token);

        Assert.Equal((PlacementOutcome.Acknowledged, "Filled"), ((await placing).Outcome, (await placing).Status));
    }

    [Fact]
    public async Task PlaceOrderAsync_ConnectionLostBeforeTheAcknowledgement_UnknownReconcile()
    {
        await using var h = await ClientHarness.StartAsync();
        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);

        h.Peer.Dispose();

        var placement = await placing;
        Assert.Equal(PlacementOutcome.Unknown, placement.Outcome);
        Assert.Contains("connection ended", placement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_ClientIdInUse326_FailsNamingTheClientIdSetting()
    {
        var gateway = new CodecGateway();
        await using var _ = gateway;
        await using var client = new TwsClient(gateway.Settings(), TimeProvider.System, new ListLoggerFactory());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var connecting = client.ConnectAsync(timeout.Token);
        using var peer = await gateway.AcceptBareAsync(timeout.Token);

        await peer.SendAsync(new ErrorMessage(-1, 326, "Unable to connect as the client id is already in use. Retry with a unique client id.", ""), timeout.Token);

        var error = await Assert.ThrowsAsync<TwsClientIdInUseException>(() => connecting);
        Assert.Contains("Condor:Broker:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Contains("client id 7", error.Message, StringComparison.Ordinal);
        Assert.NotEqual(ConnectionState.Connected, client.State);
    }

    [Fact]
    public async Task PlaceOrderAsync_GoodAfterTimeWithoutZone_RefusedAndNothingSent()
    {
        await using var h = await ClientHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry with { OrderType = "MKT", LmtPrice = null, GoodAfterTime = "20261123 11:30:00" }, h.Token));

        Assert.Contains("names no time zone", error.Message, StringComparison.Ordinal);
        var placed = await TwsClientOrderIdentityTests.PlaceAckedAsync(h, OrderSamples.Entry);
        Assert.Equal(ClientHarness.FirstOrderId, placed.OrderId); // nothing was sent, no id used
    }

    [Theory]
    [InlineData(TradingMode.Paper, "U1234567")]
    [InlineData(TradingMode.Simulated, "U1234567")]
    [InlineData(TradingMode.Live, "DU1234567")]
    [InlineData(TradingMode.Experiment, "DU1234567")]
    public async Task PlaceOrderAsync_AccountGuardRefuses_NothingSent(TradingMode mode, string managed)
    {
        await using var h = await ClientHarness.StartAsync(managedAccounts: managed, mode: mode);

        await Assert.ThrowsAsync<TwsAccountRefusedException>(() => h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token));
        await Assert.ThrowsAsync<TwsAccountRefusedException>(() => h.Client.WhatIfAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token));

        var time = h.Client.RequestCurrentTimeAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqCurrentTimeRequest>(h.Token); // the next frame on the wire: no placeOrder before it
        await h.Peer.SendAsync(new CurrentTimeMessage(1_795_444_318), h.Token);
        await time;
    }

    [Fact]
    public async Task PlaceOrderAsync_LiveModeLiveAccount_SentToThatAccount()
    {
        await using var h = await ClientHarness.StartAsync(managedAccounts: "U1234567", mode: TradingMode.Live);

        var placing = h.Client.PlaceOrderAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);
        await h.Peer.SendAsync(Status(sent.OrderId, "Submitted"), h.Token);
        await placing;

        Assert.Equal("U1234567", sent.Order.Account);
    }

    [Fact]
    public async Task WhatIfAsync_UnsetMarginsThenRealOnes_AnswersTheRealOnes()
    {
        await using var h = await ClientHarness.StartAsync();
        var whatIf = h.Client.WhatIfAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);

        await h.Peer.SendAsync(WhatIfAnswerOf(sent.OrderId, new OrderState { Status = "PreSubmitted" }), h.Token);
        await h.Peer.SendAsync(new ErrorMessage(sent.OrderId, 10999, "Something IB has not documented", ""), h.Token);
        await SyncAsync(h);
        var waitedPastTheUnsetAnswer = !whatIf.IsCompleted;
        await h.Peer.SendAsync(WhatIfAnswerOf(sent.OrderId, new OrderState { Status = "PreSubmitted", InitMarginChange = 1850m, MaintMarginChange = 1850m }), h.Token);

        var answer = await whatIf;
        Assert.True(waitedPastTheUnsetAnswer);
        Assert.True(answer.HasMargins);
        Assert.Equal(1850m, answer.State!.InitMarginChange);
    }

    [Fact]
    public async Task WhatIfAsync_Rejected201_NoMarginAnswerWithTheCode()
    {
        await using var h = await ClientHarness.StartAsync();
        var whatIf = h.Client.WhatIfAsync(OrderSamples.Condor, OrderSamples.Entry, h.Token);
        var sent = await h.Peer.ReceiveAsync<PlaceOrderRequest>(h.Token);

        await h.Peer.SendAsync(new ErrorMessage(sent.OrderId, 201, "Order rejected - reason:Insufficient margin", ""), h.Token);

        var answer = await whatIf;
        Assert.Equal((false, 201), (answer.HasMargins, answer.ErrorCode));
    }

    private static OpenOrderMessage WhatIfAnswerOf(int orderId, OrderState state) =>
        new(orderId, OrderSamples.Condor, OrderSamples.WithId(orderId) with { ClientId = 7, WhatIf = true }, state);
}
