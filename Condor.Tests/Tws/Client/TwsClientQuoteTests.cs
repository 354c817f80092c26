using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Tests.TestSupport;
using Condor.Tests.Tws.Mapping;

namespace Condor.Tests.Tws.Client;

/// <summary>The client's typed quote stream over a real loopback socket.</summary>
public sealed class TwsClientQuoteTests
{
    private static readonly Contract Put = new()
    {
        Symbol = "SPX", SecType = "OPT", TradingClass = "SPXW", LastTradeDateOrContractMonth = "20261123",
        Strike = 5750m, Right = "P", Multiplier = "100", Exchange = "SMART", Currency = "USD",
    };

    [Fact]
    public async Task SubscribeQuotesAsync_GoldenTicks_QuoteBuildsUpWithReceiveTimes()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 14, 32, 0, TimeSpan.Zero));
        await using var h = await ClientHarness.StartAsync(timeProvider: clock);
        await using var quotes = await h.Client.SubscribeQuotesAsync(Put, "", h.Token);
        var request = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);
        Assert.Equal((quotes.Id, false), (request.TickerId, request.Snapshot));

        await h.Peer.SendAsync(GoldenMessages.Single<TickPriceMessage>("tickPrice_option_bid") with { TickerId = request.TickerId }, h.Token);
        var bid = await quotes.Reader.ReadAsync(h.Token);
        Assert.Equal(((decimal?)3.1m, (decimal?)54m), (bid.Bid, bid.BidSize)); // the size tick that follows repeats 54: no second quote

        clock.Advance(TimeSpan.FromSeconds(2));
        await h.Peer.SendAsync(GoldenMessages.Single<TickOptionComputationMessage>("tickOptionComputation_model") with { TickerId = request.TickerId }, h.Token);
        var modelled = await quotes.Reader.ReadAsync(h.Token);
        Assert.False(quotes.Reader.TryRead(out _));

        Assert.Equal(-0.1301, modelled.Greeks!.Delta);
        Assert.Equal(3.1m, modelled.Bid);
        Assert.Equal(clock.GetUtcNow(), modelled.ReceivedAt);
    }

    [Fact]
    public async Task SubscribeQuotesAsync_Dispose_SendsCancelMktData()
    {
        await using var h = await ClientHarness.StartAsync();
        var quotes = await h.Client.SubscribeQuotesAsync(Put, "", h.Token);
        var request = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        await quotes.DisposeAsync();

        Assert.Equal(request.TickerId, (await h.Peer.ReceiveAsync<CancelMktDataRequest>(h.Token)).TickerId);
        Assert.Equal(0, h.Client.MarketDataLines);
    }

    [Fact]
    public async Task SubscribeQuotesAsync_TickThatChangesNothing_NoNewQuote()
    {
        await using var h = await ClientHarness.StartAsync();
        await using var quotes = await h.Client.SubscribeQuotesAsync(Put, "", h.Token);
        var request = await h.Peer.ReceiveAsync<ReqMktDataRequest>(h.Token);

        await h.Peer.SendAsync(new TickSizeMessage(request.TickerId, 8, 1532), h.Token); // volume: not part of a quote
        await h.Peer.SendAsync(new TickPriceMessage(request.TickerId, 2, 3.3m, 61, new TickAttrib(false, false, false)), h.Token);

        var first = await quotes.Reader.ReadAsync(h.Token);
        Assert.Equal(((decimal?)null, (decimal?)3.3m), (first.Bid, first.Ask));
    }
}
