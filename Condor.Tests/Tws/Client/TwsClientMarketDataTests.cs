using System.Globalization;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Client;

/// <summary>Market data over a real loopback socket: ticks, snapshots, cancel on dispose, line limit, resubscribe.</summary>
public sealed class TwsClientMarketDataTests
{
    private static readonly Contract Put = new()
    {
        Symbol = "SPX", SecType = "OPT", TradingClass = "SPXW", LastTradeDateOrContractMonth = "20261123",
        Strike = 5850m, Right = "P", Multiplier = "100", Exchange = "SMART", Currency = "USD",
    };

    private static readonly Contract Spx = new() { Symbol = "SPX", SecType = "IND", Exchange = "CBOE", Currency = "USD" };

    [Fact]
    public async Task SubscribeMarketDataAsync_OptionTicks_TypedEventsWithNotComputedGreeksAsNull()
    {
        await using var h = await ClientHarness.StartAsync();

        var subscription = await h.Client.SubscribeMarketDataAsync(Put, "", snapshot: false, h.Token);
        var request = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);
        Assert.Equal((subscription.Id, "OPT", 5850m, false), (request.TickerId, request.Contract.SecType, request.Contract.Strike, request.Snapshot));

        await h.Peer.SendAsync(new TickPriceMessage(request.TickerId, 1, 2.35m, 12m, new TickAttrib(false, false, false)), h.Token);
        await h.Peer.SendFieldsAsync(h.Token, "21", Text(request.TickerId), "13", "0", "-1", "-2", "-1", "-1", "-2", "-2", "-2", "-1");
        await h.Peer.SendFieldsAsync(h.Token, "21", Text(request.TickerId), "13", "0", "0.182", "-0.151", "2.4", "0", "0.004", "0.35", "-1.9", "5912.3");

        var bid = Assert.IsType<TickPriceMessage>((await subscription.Reader.ReadAsync(h.Token)).Message);
        Assert.Equal((1, 2.35m), (bid.TickType, bid.Price));
        var bidSize = Assert.IsType<TickSizeMessage>((await subscription.Reader.ReadAsync(h.Token)).Message);
        Assert.Equal((0, 12m), (bidSize.TickType, bidSize.Size));
        var notComputed = Assert.IsType<TickOptionComputationMessage>((await subscription.Reader.ReadAsync(h.Token)).Message);
        Assert.Null(notComputed.Delta);
        Assert.Null(notComputed.Gamma);
        Assert.Null(notComputed.ImpliedVolatility);
        Assert.Null(notComputed.UndPrice);
        var model = Assert.IsType<TickOptionComputationMessage>((await subscription.Reader.ReadAsync(h.Token)).Message);
        Assert.Equal((-0.151, 0.182), (model.Delta, model.ImpliedVolatility));

        await subscription.DisposeAsync();
        Assert.Equal(request.TickerId, (await h.Peer.ReceiveAsync<CancelMktDataRequest>(h.Token)).TickerId);
        Assert.Equal(0, h.Client.MarketDataLines);
    }

    [Fact]
    public async Task SubscribeMarketDataAsync_BagSnapshot_SendsLegsAndEndsAtSnapshotEndWithoutCancel()
    {
        await using var h = await ClientHarness.StartAsync();

        var subscription = await h.Client.SubscribeMarketDataAsync(OrderSamples.Condor, "", snapshot: true, h.Token);
        var request = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);
        Assert.True(request.Snapshot);
        Assert.Equal([7001, 7002, 7003, 7004], request.Contract.ComboLegs.Select(l => l.ConId));
        await h.Peer.SendAsync(new TickPriceMessage(request.TickerId, 9, -1.45m, null, new TickAttrib(false, false, false)), h.Token);
        await h.Peer.SendAsync(new TickSnapshotEndMessage(request.TickerId), h.Token);

        var events = new List<MarketDataEvent>();
        await foreach (var tick in subscription.ReadAllAsync(h.Token))
        {
            events.Add(tick);
        }

        Assert.Equal(-1.45m, Assert.IsType<TickPriceMessage>(events[0].Message).Price);
        Assert.IsType<TickSnapshotEndMessage>(events[^1].Message);
        Assert.Equal(0, h.Client.MarketDataLines);
        await subscription.DisposeAsync();
        await h.Client.SetMarketDataTypeAsync(1, h.Token);
        await h.Peer.ReceiveAsync<ReqMarketDataTypeRequest>(h.Token); // next frame: no cancelMktData was sent
    }

    [Fact]
    public async Task SubscribeMarketDataAsync_BeyondLineLimit_ThrowsTypedAndSendsNothing()
    {
        await using var h = await ClientHarness.StartAsync(maxLines: 2);
        var first = await h.Client.SubscribeMarketDataAsync(Spx, "", snapshot: false, h.Token);
        await using var second = await h.Client.SubscribeMarketDataAsync(Put, "", snapshot: false, h.Token);
        await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);
        await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        var ex = await Assert.ThrowsAsync<TwsMarketDataLinesExceededException>(
            () => h.Client.SubscribeMarketDataAsync(Put with { Strike = 5855m }, "", snapshot: false, h.Token));
        Assert.Equal(2, ex.MaxLines);

        await first.DisposeAsync();
        Assert.Equal(first.Id, (await h.Peer.ReceiveAsync<CancelMktDataRequest>(h.Token)).TickerId); // not a third reqMktData
        await using var third = await h.Client.SubscribeMarketDataAsync(Put with { Strike = 5855m }, "", snapshot: false, h.Token);
        Assert.Equal(5855m, (await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token)).Contract.Strike);
    }

    [Fact]
    public async Task SubscribeMarketDataAsync_GatewayError354_EndsThatStreamWithTheCode()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var subscription = await h.Client.SubscribeMarketDataAsync(Put, "", snapshot: false, h.Token);
        var request = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        await h.Peer.SendAsync(new ErrorMessage(request.TickerId, 354, "Requested market data is not subscribed.", ""), h.Token);

        var ex = await Assert.ThrowsAsync<TwsRequestException>(() => subscription.Reader.Completion.WaitAsync(h.Token));
        Assert.Equal(354, ex.Code);
        Assert.Equal(0, h.Client.MarketDataLines);
    }

    [Fact]
    public async Task SubscribeMarketDataAsync_UnlistedErrorCode_EndsStreamAndCancelsAtTheGateway()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var subscription = await h.Client.SubscribeMarketDataAsync(Put, "", snapshot: false, h.Token);
        var request = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        await h.Peer.SendAsync(new ErrorMessage(request.TickerId, 10089, "Requested market data requires additional subscription.", ""), h.Token);

        var ex = await Assert.ThrowsAsync<TwsRequestException>(() => subscription.Reader.Completion.WaitAsync(h.Token));
        Assert.Equal((10089, TwsErrorClass.Unknown), (ex.Code, ex.ErrorClass));
        Assert.Equal(request.TickerId, (await h.Peer.ReceiveAsync<CancelMktDataRequest>(h.Token)).TickerId);
    }

    [Fact]
    public async Task Reconnect_StreamingSubscription_IsResentWithItsIdAndTicksFlowAgain()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var subscription = await h.Client.SubscribeMarketDataAsync(Spx, "", snapshot: false, h.Token);
        var before = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        h.Peer.Dispose();
        var reconnecting = h.Client.ReconnectAsync(h.Token);
        h.Peer = await h.Gateway.AcceptAsync(ClientHarness.FirstOrderId, h.Token);
        await reconnecting;

        var after = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);
        Assert.Equal((before.TickerId, "IND"), (after.TickerId, after.Contract.SecType));
        await h.Peer.SendAsync(new TickPriceMessage(after.TickerId, 4, 5912.25m, null, new TickAttrib(false, false, false)), h.Token);
        Assert.Equal(5912.25m, Assert.IsType<TickPriceMessage>((await subscription.Reader.ReadAsync(h.Token)).Message).Price);
    }

    [Fact]
    public async Task Connectivity1100Then1101_HealthFollowsAndStreamingSubscriptionIsResent()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var subscription = await h.Client.SubscribeMarketDataAsync(Spx, "", snapshot: false, h.Token);
        var before = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        await h.Peer.SendAsync(new ErrorMessage(-1, 1100, "Connectivity between IB and Trader Workstation has been lost.", ""), h.Token);
        await h.Peer.SendAsync(new ErrorMessage(-1, 2103, "Market data farm connection is broken:usfarm", ""), h.Token);
        var time = h.Client.RequestCurrentTimeAsync(h.Token);
        await h.Peer.ReceiveAsync<ReqCurrentTimeRequest>(h.Token);
        await h.Peer.SendAsync(new CurrentTimeMessage(1_795_444_318), h.Token);
        await time;
        Assert.False(h.Client.Health.Snapshot.IbLinkUp);
        Assert.Equal(["usfarm"], h.Client.Health.Snapshot.BrokenFarms);

        await h.Peer.SendAsync(new ErrorMessage(-1, 1101, "Connectivity between IB and TWS has been restored- data lost.", ""), h.Token);

        var again = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);
        Assert.Equal(before.TickerId, again.TickerId);
        Assert.True(h.Client.Health.Snapshot.IbLinkUp);
        Assert.Equal(ConnectionState.Connected, h.Client.State);
    }

    [Fact]
    public async Task ConnectionLost_SnapshotInFlight_FailsWithConnectionLost()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var snapshot = await h.Client.SubscribeMarketDataAsync(Put, "", snapshot: true, h.Token);
        await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        h.Peer.Dispose();

        await Assert.ThrowsAsync<TwsConnectionLostException>(() => snapshot.Reader.Completion.WaitAsync(h.Token));
        Assert.Equal(0, h.Client.MarketDataLines);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
