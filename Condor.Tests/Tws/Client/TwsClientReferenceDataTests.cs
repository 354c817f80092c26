using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.Logging;

namespace Condor.Tests.Tws.Client;

/// <summary>Handshake, dispatcher and reference-data requests over a real loopback socket.</summary>
public sealed class TwsClientReferenceDataTests
{
    private static readonly Contract Spx = new() { Symbol = "SPX", SecType = "IND", Exchange = "CBOE", Currency = "USD" };

    [Fact]
    public async Task ConnectAsync_GatewayHandshake_ConnectedWithClientIdAndGreetingRouted()
    {
        await using var h = await ClientHarness.StartAsync();

        Assert.Equal(ConnectionState.Connected, h.Client.State);
        Assert.Equal(177, h.Client.Handshake?.ServerVersion);
        Assert.Equal("v100..177", h.Peer.Handshake?.VersionRange);
        Assert.Equal(7, h.Peer.Handshake?.ClientId);

        // frames are dispatched in order: once currentTime is answered, the greeting has been routed
        var time = h.Client.RequestCurrentTimeAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqCurrentTimeRequest>(h.Token);
        await h.Peer.SendAsync(new CurrentTimeMessage(1_795_444_318), h.Token);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_795_444_318), await time);
        Assert.Equal(CodecGateway.Account, h.Client.ManagedAccounts);
    }

    [Fact]
    public async Task GetContractDetailsAsync_TwoRequestsAnsweredInReverse_EachGetsItsOwnRows()
    {
        await using var h = await ClientHarness.StartAsync();
        var option = Spx with { SecType = "OPT", TradingClass = "SPXW", LastTradeDateOrContractMonth = "20261123", Strike = 5850m, Right = "P" };

        var index = h.Client.GetContractDetailsAsync(Spx, h.Token);
        var first = await h.Peer.ReceiveAsync<ReqContractDetailsRequest>(h.Token);
        var put = h.Client.GetContractDetailsAsync(option, h.Token);
        var second = await h.Peer.ReceiveAsync<ReqContractDetailsRequest>(h.Token);
        Assert.Equal("IND", first.Contract.SecType);
        Assert.Equal(5850m, second.Contract.Strike);

        await h.Peer.SendAsync(Details(second.ReqId, option with { ConId = 7001 }), h.Token);
        await h.Peer.SendAsync(new ContractDetailsEndMessage(second.ReqId), h.Token);
        await h.Peer.SendAsync(Details(first.ReqId, Spx with { ConId = 416904 }), h.Token);
        await h.Peer.SendAsync(new ContractDetailsEndMessage(first.ReqId), h.Token);

        Assert.Equal(416904, Assert.Single(await index).Contract.ConId);
        var putDetails = Assert.Single(await put);
        Assert.Equal((7001, 5850m, "P"), (putDetails.Contract.ConId, putDetails.Contract.Strike, putDetails.Contract.Right));
    }

    [Fact]
    public async Task GetOptionChainParametersAsync_RowsThenEnd_ReturnsExpirationsAndStrikes()
    {
        await using var h = await ClientHarness.StartAsync();

        var chain = h.Client.GetOptionChainParametersAsync("SPX", "IND", 416904, h.Token);
        var request = await h.Peer.ReceiveAsync<ReqSecDefOptParamsRequest>(h.Token);
        Assert.Equal(("SPX", "IND", 416904), (request.UnderlyingSymbol, request.UnderlyingSecType, request.UnderlyingConId));
        await h.Peer.SendAsync(
            new SecurityDefinitionOptionParameterMessage(request.ReqId, "CBOE", 416904, "SPXW", "100", ["20261123", "20261124"], [5800m, 5805m]),
            h.Token);
        await h.Peer.SendAsync(new SecurityDefinitionOptionParameterEndMessage(request.ReqId), h.Token);

        var row = Assert.Single(await chain);
        Assert.Equal("SPXW", row.TradingClass);
        Assert.Equal(["20261123", "20261124"], row.Expirations);
        Assert.Equal([5800m, 5805m], row.Strikes);
    }

    [Fact]
    public async Task GatewayError200_ForOneOfTwoRequests_FailsOnlyThatTask()
    {
        await using var h = await ClientHarness.StartAsync();

        var good = h.Client.GetContractDetailsAsync(Spx, h.Token);
        var goodRequest = await h.Peer.ReceiveAsync<ReqContractDetailsRequest>(h.Token);
        var bad = h.Client.GetContractDetailsAsync(Spx with { Symbol = "NOPE" }, h.Token);
        var badRequest = await h.Peer.ReceiveAsync<ReqContractDetailsRequest>(h.Token);

        await h.Peer.SendAsync(new ErrorMessage(badRequest.ReqId, 200, "No security definition has been found for the request", ""), h.Token);
        var ex = await Assert.ThrowsAsync<TwsRequestException>(() => bad);
        Assert.Equal((badRequest.ReqId, 200), (ex.RequestId, ex.Code));
        Assert.False(good.IsCompleted);

        await h.Peer.SendAsync(new ContractDetailsEndMessage(goodRequest.ReqId), h.Token);
        Assert.Empty(await good);
    }

    [Fact]
    public async Task RequestTimeout_GatewayNeverAnswers_FailsWithTimeoutAndStaysConnected()
    {
        await using var h = await ClientHarness.StartAsync(requestTimeout: TimeSpan.FromSeconds(10));
        var details = h.Client.GetContractDetailsAsync(Spx, h.Token);
        await h.Peer.ReceiveAsync<ReqContractDetailsRequest>(h.Token);

        h.Clock.Advance(TimeSpan.FromSeconds(9.9));
        Assert.False(details.IsCompleted);
        h.Clock.Advance(TimeSpan.FromSeconds(0.1));

        await Assert.ThrowsAsync<TwsRequestTimeoutException>(() => details.WaitAsync(h.Token));
        Assert.Equal(ConnectionState.Connected, h.Client.State);
    }

    [Fact]
    public async Task Dispatcher_UnknownAndMalformedFrames_LoggedWithHexAndSkipped()
    {
        await using var h = await ClientHarness.StartAsync();

        await h.Peer.SendFieldsAsync(h.Token, "999", "1", "x");
        await h.Peer.SendFieldsAsync(h.Token, "52", "1", "not-a-number");
        var time = h.Client.RequestCurrentTimeAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqCurrentTimeRequest>(h.Token);
        await h.Peer.SendAsync(new CurrentTimeMessage(1_795_444_318), h.Token);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_795_444_318), await time);
        var warnings = h.Logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("999 is unknown", StringComparison.Ordinal) && m.Contains("39393900", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("52 is malformed", StringComparison.Ordinal) && m.Contains("35320031", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionLost_PendingRequests_FailWithConnectionLost()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var states = h.Client.SubscribeStateChanges();

        var details = h.Client.GetContractDetailsAsync(Spx, h.Token);
        var time = h.Client.RequestCurrentTimeAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqContractDetailsRequest>(h.Token);
        await h.Peer.ReceiveAsync<ReqCurrentTimeRequest>(h.Token);

        h.Peer.Dispose();

        await Assert.ThrowsAsync<TwsConnectionLostException>(() => details.WaitAsync(h.Token));
        await Assert.ThrowsAsync<TwsConnectionLostException>(() => time.WaitAsync(h.Token));
        Assert.Equal(ConnectionState.Lost, h.Client.State);
        Assert.Equal(ConnectionState.Lost, (await states.Reader.ReadAsync(h.Token)).Current);
    }

    private static ContractDetailsMessage Details(int reqId, Contract contract) =>
        new(reqId, new ContractDetails { Contract = contract, MinTick = 0.05m, TimeZoneId = "US/Central" });
}
