using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>What IB sends around market data: data type, tickReqParams, size ticks, delayed types, late greeks, faults.</summary>
public sealed class MarketDataMessagesTests
{
    [Fact]
    public async Task ReqMktData_Option_MarketDataTypeTickReqParamsThenPriceAndSeparateSizeTicks()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        var (strike, _) = harness.ShortStrikes();

        await client.SendAsync(new ReqMktDataRequest(10, harness.Option(strike, OptionRight.Put), string.Empty, false, false));
        var bid = await client.WaitForAsync<TickPriceMessage>(t => t.TickType == 1);
        var bidSize = await client.WaitForAsync<TickSizeMessage>();

        var start = client.Seen.ToList().FindIndex(m => m is MarketDataTypeMessage);
        Assert.Equal(1, Assert.IsType<MarketDataTypeMessage>(client.Seen[start]).MarketDataType);
        var parameters = Assert.IsType<TickReqParamsMessage>(client.Seen[start + 1]);
        Assert.Equal((0.05m, "c70003", 3), (parameters.MinTick, parameters.BboExchange, parameters.SnapshotPermissions));
        Assert.Equal((0, bid.Size), (bidSize.TickType, bidSize.Size));
    }

    [Fact]
    public async Task ReqMktData_Option_ModelGreeksOnlyAfterTheSeededDelay()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        var (strike, _) = harness.ShortStrikes();
        var key = new OptionKey(Engine.Market.Underlying.SPX, GatewayHarness.Session, strike, OptionRight.Put);
        var delay = MarketDataSubscription.GreeksDelay(42, key, harness.Clock.GetUtcNow());

        await client.SendAsync(new ReqMktDataRequest(10, harness.Option(strike, OptionRight.Put), string.Empty, false, false));
        await OrderFlow.SyncAsync(client);
        Assert.DoesNotContain(client.Seen, m => m is TickOptionComputationMessage);
        var seconds = (int)Math.Ceiling(delay.TotalSeconds);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(seconds - 1));
        Assert.DoesNotContain(client.Seen, m => m is TickOptionComputationMessage);
        harness.Advance(TimeSpan.FromSeconds(1));
        var greeks = await client.WaitForAsync<TickOptionComputationMessage>(t => t.TickType == 13);

        Assert.InRange(delay.TotalSeconds, 0.5, 3);
        Assert.NotNull(greeks.Delta);
    }

    [Fact]
    public async Task ReqMktData_NotComputedFirst_FirstModelTickCarriesIbsNotComputedValues()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { GreeksNotComputedFirst = true }, start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        var (strike, _) = harness.ShortStrikes();

        await client.SendAsync(new ReqMktDataRequest(10, harness.Option(strike, OptionRight.Put), string.Empty, false, false));
        await OrderFlow.SyncAsync(client);
        harness.Advance(TimeSpan.FromSeconds(3));
        var first = await client.WaitForAsync<TickOptionComputationMessage>(t => t.TickType == 13);
        harness.Advance(TimeSpan.FromSeconds(1));
        var second = await client.WaitForAsync<TickOptionComputationMessage>(t => t.TickType == 13);

        Assert.Null(first.Delta);
        Assert.Null(first.ImpliedVolatility);
        Assert.NotNull(second.Delta);
    }

    [Fact]
    public async Task ReqMarketDataType_Delayed_10167AndDelayedTickTypes()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        var (strike, _) = harness.ShortStrikes();

        await client.SendAsync(new ReqMarketDataTypeRequest(3));
        await client.SendAsync(new ReqMktDataRequest(10, harness.Option(strike, OptionRight.Put), string.Empty, false, false));
        await OrderFlow.SyncAsync(client);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(3));

        Assert.Contains(client.Seen, m => m is ErrorMessage { Id: 10, ErrorCode: 10167 });
        Assert.Contains(client.Seen, m => m is MarketDataTypeMessage { ReqId: 10, MarketDataType: 3 });
        Assert.Contains(client.Seen, m => m is TickPriceMessage { TickType: 66 });
        Assert.Contains(client.Seen, m => m is TickSizeMessage { TickType: 69 });
        Assert.Contains(client.Seen, m => m is TickOptionComputationMessage { TickType: 83 });
        Assert.DoesNotContain(client.Seen, m => m is TickPriceMessage { TickType: 1 or 2 });
    }

    [Fact]
    public async Task ReqMktData_Vix_SendsPriorCloseAsTick9()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqMktDataRequest(12, new Contract { Symbol = "VIX", SecType = "IND", Exchange = "CBOE" }, string.Empty, false, false));
        var close = await client.WaitForAsync<TickPriceMessage>(t => t.TickType == 9);

        var expected = harness.Market.Path.At(EasternTime.At(new DateOnly(2026, 11, 20), new TimeOnly(16, 0))).VixPrice; // Friday before
        Assert.Equal(expected, close.Price);
    }

    [Theory]
    [InlineData(354, true)]
    [InlineData(10090, false)]
    public async Task ReqMktData_LineFault_ErrorAndDataOnlyWhenPartial(int code, bool noData)
    {
        var probe = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 31));
        var (strike, _) = probe.ShortStrikes();
        await probe.DisposeAsync();
        var scenario = new SimulationScenario { MarketDataFaults = [new MarketDataFault(code, strike, OptionRight.Put)] };
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqMktDataRequest(10, harness.Option(strike, OptionRight.Put), string.Empty, false, false));
        await client.SendAsync(new ReqMktDataRequest(11, harness.Option(strike - 5, OptionRight.Put), string.Empty, false, false));
        await OrderFlow.SyncAsync(client);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(2));

        Assert.Contains(client.Seen, m => m is ErrorMessage e && e.Id == 10 && e.ErrorCode == code);
        Assert.Equal(noData, !client.Seen.Any(m => m is TickPriceMessage { TickerId: 10 }));
        Assert.Contains(client.Seen, m => m is TickPriceMessage { TickerId: 11 });
    }

    [Fact]
    public async Task CompetingLiveSession_MidStream_10197AndTheStreamStops()
    {
        var scenario = new SimulationScenario { MarketDataFaults = [new MarketDataFault(10197, At: GatewayHarness.Et(9, 31, 10))] };
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        await client.SendAsync(new ReqMktDataRequest(12, new Contract { Symbol = "SPX", SecType = "IND", Exchange = "CBOE" }, string.Empty, false, false));
        await OrderFlow.SyncAsync(client);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(5));

        harness.Advance(TimeSpan.FromSeconds(5));
        await client.WaitForAsync<ErrorMessage>(e => e.Id == 12 && e.ErrorCode == 10197);
        var after = client.Seen.Count;
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(5));

        Assert.DoesNotContain(client.Seen.Skip(after), m => m is TickPriceMessage);
    }
}
