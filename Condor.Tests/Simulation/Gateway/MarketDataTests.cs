using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Streaming and snapshot market data on the virtual clock, and the quote faults.</summary>
public sealed class MarketDataTests
{
    [Fact]
    public async Task ReqMktData_Option_StreamsBidAskAndModelGreeksEachVirtualSecond()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        var (shortPut, _) = harness.ShortStrikes();

        await client.SendAsync(new ReqMktDataRequest(10, harness.Option(shortPut, OptionRight.Put), string.Empty, false, false));
        await OrderFlow.SyncAsync(client);
        harness.Advance(TimeSpan.FromSeconds(3)); // model greeks follow the first quote by 0.5–3 s
        var first = await client.WaitForAsync<TickOptionComputationMessage>(t => t.TickType == 13);
        harness.Advance(TimeSpan.FromSeconds(1));
        var second = await client.WaitForAsync<TickOptionComputationMessage>(t => t.TickType == 13);

        Assert.InRange(first.Delta!.Value, -0.5, -0.001);
        Assert.True(first.ImpliedVolatility > 0 && first.Gamma > 0 && first.Theta < 0);
        Assert.NotEqual(first.UndPrice, second.UndPrice);
        Assert.Contains(client.Seen, m => m is TickPriceMessage { TickType: 1, Price: > 0 });
        Assert.Contains(client.Seen, m => m is TickPriceMessage { TickType: 2, Price: > 0 });
    }

    [Fact]
    public async Task ReqMktData_Snapshot_SendsOnceThenSnapshotEnd()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqMktDataRequest(11, new Contract { Symbol = "SPX", SecType = "IND", Exchange = "CBOE" }, string.Empty, true, false));
        var ticks = await client.CollectUntilAsync<TickPriceMessage, TickSnapshotEndMessage>();
        harness.Advance(TimeSpan.FromSeconds(5));
        await client.SendAsync(new ReqCurrentTimeRequest());
        await client.WaitForAsync<CurrentTimeMessage>();

        var last = Assert.Single(ticks, t => t.TickType == 4);
        Assert.Equal(harness.Market.Path.At(GatewayHarness.Et(9, 31)).SpxPrice, last.Price);
        Assert.DoesNotContain(client.Seen.SkipWhile(m => m is not TickSnapshotEndMessage), m => m is TickPriceMessage);
    }

    [Fact]
    public async Task CancelMktData_Streaming_StopsTicks()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        await client.SendAsync(new ReqMktDataRequest(12, new Contract { ConId = 416904, SecType = "IND" }, string.Empty, false, false));
        await client.WaitForAsync<TickPriceMessage>();

        await client.SendAsync(new CancelMktDataRequest(12));
        await client.SendAsync(new ReqCurrentTimeRequest());
        await client.WaitForAsync<CurrentTimeMessage>();
        harness.Advance(TimeSpan.FromSeconds(5));
        await client.SendAsync(new ReqCurrentTimeRequest());
        await client.WaitForAsync<CurrentTimeMessage>();

        Assert.DoesNotContain(client.Seen.SkipWhile(m => m is not CurrentTimeMessage), m => m is TickPriceMessage);
    }

    [Fact]
    public async Task ReqMktData_Bag_StreamsNegativeComboBidAsk()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(new ReqMktDataRequest(13, harness.IronCondor(sp, sc), string.Empty, false, false));
        var bid = await client.WaitForAsync<TickPriceMessage>(t => t.TickType == 1);
        var ask = await client.WaitForAsync<TickPriceMessage>(t => t.TickType == 2);

        Assert.True(bid.Price < ask.Price && ask.Price < 0, $"{bid.Price} / {ask.Price}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task ReqMktData_StrikeFault_IsVisibleOnTheWire(int fault)
    {
        var kind = (QuoteFaultKind)fault;
        var probe = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        var (strike, _) = probe.ShortStrikes();
        await probe.DisposeAsync();
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { QuoteFaults = [new StrikeFault(strike, kind)] }, start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqMktDataRequest(14, harness.Option(strike, OptionRight.Put), string.Empty, true, false));
        var ticks = await client.CollectUntilAsync<IIncomingMessage, TickSnapshotEndMessage>();

        var bids = ticks.OfType<TickPriceMessage>().Where(t => t.TickType == 1).ToList();
        var model = ticks.OfType<TickOptionComputationMessage>().Where(t => t.TickType == 13).ToList();
        switch (kind)
        {
            case QuoteFaultKind.NaNBidAsk:
                Assert.Null(Assert.Single(bids).Price);
                Assert.Single(model);
                break;
            case QuoteFaultKind.MissingBidAsk:
                Assert.Empty(bids);
                Assert.Single(model);
                break;
            default:
                Assert.Single(bids);
                Assert.Empty(model);
                break;
        }
    }

    [Fact]
    public async Task ReqMktData_SameSeed_SameQuotesAcrossRuns()
    {
        async Task<List<string>> RunAsync(ulong seed)
        {
            await using var harness = await GatewayHarness.StartAsync(seed: seed, start: GatewayHarness.Et(9, 31));
            await using var client = await harness.ConnectAsync();
            await client.SendAsync(new ReqMktDataRequest(15, harness.Option(5950, OptionRight.Put), string.Empty, false, false));
            await OrderFlow.SyncAsync(client);
            harness.Advance(TimeSpan.FromSeconds(3));
            await client.WaitForAsync<TickOptionComputationMessage>(t => t.TickType == 13);
            for (var i = 0; i < 5; i++)
            {
                harness.Advance(TimeSpan.FromSeconds(1));
                await client.WaitForAsync<TickOptionComputationMessage>(t => t.TickType == 13);
            }

            return [.. client.Seen.OfType<TickPriceMessage>().Select(t => $"{t.TickType}:{t.Price}:{t.Size}")
                .Concat(client.Seen.OfType<TickOptionComputationMessage>().Select(t => $"{t.TickType}:{t.Delta}:{t.OptPrice}"))];
        }

        var a = await RunAsync(7);
        var b = await RunAsync(7);
        var c = await RunAsync(8);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
