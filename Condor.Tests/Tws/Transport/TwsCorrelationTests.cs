using Condor.Tests.TestSupport;
using Condor.Engine.Tws.Transport;
using Condor.Engine.Tws.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Tws.Transport;

/// <summary>Request/response correlation over a real loopback socket against the scripted gateway.</summary>
public sealed class TwsCorrelationTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(15));
    private readonly ScriptedGateway _gateway = new();
    private readonly ManualTimeProvider _requestClock = new();
    private TwsConnection _connection = null!;
    private CodecStandIn _codec = null!;
    private GatewayPeer _peer = null!;

    private CancellationToken Token => _timeout.Token;

    public async Task InitializeAsync()
    {
        _connection = new TwsConnection(_gateway.Settings(), TimeProvider.System, NullLogger<TwsConnection>.Instance);
        var pending = new PendingRequests(_requestClock, TimeSpan.FromSeconds(15), NullLogger<PendingRequests>.Instance);
        _codec = new CodecStandIn(_connection, pending);
        var connecting = _connection.ConnectAsync(Token);
        _peer = await _gateway.AcceptAsync(Token);
        await connecting;
    }

    public async Task DisposeAsync()
    {
        await _codec.DisposeAsync();
        await _connection.DisposeAsync();
        _peer.Dispose();
        await _gateway.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task ReqCurrentTime_GatewayAnswers_TaskCompletesWithTime()
    {
        var answer = _codec.Pending.Expect<long>(PendingRequests.UnnumberedKey(49), Token);

        await _connection.SendAsync(["49", "1"], MessagePriority.Normal, Token);
        Assert.Equal(["49", "1"], await _peer.ReceiveAsync(Token));
        await _peer.SendAsync(Token, "49", "1", "1763900000");

        Assert.Equal(1763900000L, await answer.WaitAsync(Token));
    }

    [Fact]
    public async Task ReqAccountSummary_RowsThenEnd_ListCompletes()
    {
        var rows = _codec.Pending.ExpectList<string>(6001, Token);

        await _connection.SendAsync(["62", "1", "6001", "All", "NetLiquidation,BuyingPower"], MessagePriority.Normal, Token);
        var request = await _peer.ReceiveAsync(Token);
        await _peer.SendAsync(Token, "63", "1", request[2], "DU1234567", "NetLiquidation", "250121.83", "USD");
        await _peer.SendAsync(Token, "63", "1", request[2], "DU1234567", "BuyingPower", "772066.84", "USD");
        await _peer.SendAsync(Token, "64", "1", request[2]);

        Assert.Equal(["NetLiquidation=250121.83", "BuyingPower=772066.84"], await rows.WaitAsync(Token));
    }

    [Fact]
    public async Task GatewayError_ForOneOfTwoRequests_FailsOnlyThatTask()
    {
        var first = _codec.Pending.ExpectList<string>(1_000_000_001, Token);
        var second = _codec.Pending.ExpectList<string>(1_000_000_002, Token);
        await _connection.SendAsync(["62", "1", "1000000001", "All", "NetLiquidation"], MessagePriority.Normal, Token);
        await _connection.SendAsync(["62", "1", "1000000002", "All", "NetLiquidation"], MessagePriority.Normal, Token);
        await _peer.ReceiveAsync(Token);
        await _peer.ReceiveAsync(Token);

        await _peer.SendAsync(Token, "4", "2", "1000000002", "321", "Error validating request:-'bW' : cause - Invalid account", "");
        var ex = await Assert.ThrowsAsync<TwsRequestException>(() => second.WaitAsync(Token));
        Assert.Equal((1_000_000_002, 321), (ex.RequestId, ex.Code));
        Assert.False(first.IsCompleted);

        await _peer.SendAsync(Token, "63", "1", "1000000001", "DU1234567", "NetLiquidation", "250121.83", "USD");
        await _peer.SendAsync(Token, "64", "1", "1000000001");
        Assert.Equal(["NetLiquidation=250121.83"], await first.WaitAsync(Token));
    }

    [Fact]
    public async Task OrderCancelledEvent202_FailsNothing_StatusStillArrives()
    {
        var status = _codec.Pending.Expect<string>(101, Token);
        await _connection.SendAsync(["4", "1", "101", ""], MessagePriority.Urgent, Token); // cancelOrder 101
        Assert.Equal(["4", "1", "101", ""], await _peer.ReceiveAsync(Token));

        await _peer.SendAsync(Token, "4", "2", "101", "202", "Order Canceled - reason:", "");
        await _peer.SendAsync(Token, "3", "101", "Cancelled", "0", "1", "0", "1851234567", "0", "0", "7", "", "0");

        Assert.Equal("Cancelled", await status.WaitAsync(Token));
        Assert.Equal([GatewayErrorOutcome.NotAFailure], _codec.ErrorOutcomes);
    }

    [Fact]
    public async Task GatewayNeverAnswers_RequestTimesOutOnItsClock()
    {
        var answer = _codec.Pending.Expect<long>(PendingRequests.UnnumberedKey(49), Token, TimeSpan.FromSeconds(5));
        await _connection.SendAsync(["49", "1"], MessagePriority.Normal, Token);
        Assert.Equal(["49", "1"], await _peer.ReceiveAsync(Token)); // the request did reach the gateway

        _requestClock.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<TwsRequestTimeoutException>(() => answer.WaitAsync(Token));
        Assert.Equal(ConnectionState.Connected, _connection.State);
    }

    [Fact]
    public async Task ConnectionLost_PendingRequestFailsWithConnectionLost()
    {
        var answer = _codec.Pending.Expect<long>(PendingRequests.UnnumberedKey(49), Token);
        await _connection.SendAsync(["49", "1"], MessagePriority.Normal, Token);
        await _peer.ReceiveAsync(Token);

        _peer.Dispose();

        await Assert.ThrowsAsync<TwsConnectionLostException>(() => answer.WaitAsync(Token));
    }
}
