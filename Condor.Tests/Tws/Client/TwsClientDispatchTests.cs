using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Client;

/// <summary>
/// Request/answer correlation by the product's own dispatcher (<c>TwsClient</c> over <c>TwsConnection</c>) against
/// the scripted gateway on a real loopback socket (these replace the tests of a test-only dispatcher stand-in).
/// </summary>
public sealed class TwsClientDispatchTests
{
    [Fact]
    public async Task RequestCurrentTimeAsync_GatewayAnswers_CompletesWithTheGatewayTime()
    {
        await using var h = await ClientHarness.StartAsync();

        var time = h.Client.RequestCurrentTimeAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqCurrentTimeRequest>(h.Token);
        await h.Peer.SendAsync(new CurrentTimeMessage(1_763_900_000), h.Token);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_763_900_000), await time);
    }

    [Fact]
    public async Task GatewayError321_ForOneOfTwoAccountSummaries_FailsOnlyThatOneAndTheOtherGetsItsRows()
    {
        await using var h = await ClientHarness.StartAsync();
        var first = h.Client.GetAccountSummaryAsync(["NetLiquidation"], h.Token);
        var firstRequest = await h.Peer.ReceiveAsync<ReqAccountSummaryRequest>(h.Token);
        var second = h.Client.GetAccountSummaryAsync(["NetLiquidation"], h.Token);
        var secondRequest = await h.Peer.ReceiveAsync<ReqAccountSummaryRequest>(h.Token);

        await h.Peer.SendAsync(new ErrorMessage(secondRequest.ReqId, 321, "Error validating request:-'bW' : cause - Invalid account", ""), h.Token);
        var ex = await Assert.ThrowsAsync<TwsRequestException>(() => second);
        Assert.Equal((secondRequest.ReqId, 321), (ex.RequestId, ex.Code));
        Assert.False(first.IsCompleted);

        await h.Peer.SendAsync(new AccountSummaryMessage(firstRequest.ReqId, CodecGateway.Account, "NetLiquidation", "250121.83", "USD"), h.Token);
        await h.Peer.SendAsync(new AccountSummaryEndMessage(firstRequest.ReqId), h.Token);
        Assert.Equal("250121.83", Assert.Single(await first).Value);
        Assert.Equal(ConnectionState.Connected, h.Client.State);
    }

    [Fact]
    public async Task AnswersInterleavedWithUnsolicitedOrderEvents_EachGoesToItsOwnConsumer()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var events = h.Client.SubscribeOrderEvents();
        var summary = h.Client.GetAccountSummaryAsync(["NetLiquidation"], h.Token);
        var request = await h.Peer.ReceiveAsync<ReqAccountSummaryRequest>(h.Token);

        await h.Peer.SendAsync(new AccountSummaryMessage(request.ReqId, CodecGateway.Account, "NetLiquidation", "250121.83", "USD"), h.Token);
        await h.Peer.SendAsync(new OrderStatusMessage(101, "Submitted", 0, 1, 0, 5, 0, 0, 7, "", null), h.Token);
        await h.Peer.SendAsync(new AccountSummaryEndMessage(request.ReqId), h.Token);

        Assert.Single(await summary);
        Assert.Equal(101, Assert.IsType<OrderStatusMessage>((await events.Reader.ReadAsync(h.Token)).Message).OrderId);
    }
}
