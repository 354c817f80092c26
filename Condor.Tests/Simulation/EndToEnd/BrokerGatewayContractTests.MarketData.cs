using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>Market-data behaviours the engine relies on: model greeks come after the first quote, not with it.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task SubscribeMarketData_Option_BidAskFirstModelGreeksOnlyAfterTheGatewayComputedThem()
    {
        await using var s = await OpenAsync();
        var (shortPut, _) = await s.ShortStrikesAsync();
        await using var data = await s.Client.SubscribeMarketDataAsync(await s.OptionAsync(shortPut, "P"), string.Empty, snapshot: false, s.Token);
        var log = new EventLog<Engine.Tws.Client.MarketDataEvent>(data.Reader);

        await log.WaitForAsync(e => e.Message is TickPriceMessage { TickType: 1 }, "bid");
        await log.WaitForAsync(e => e.Message is TickPriceMessage { TickType: 2 }, "ask");
        await s.SyncAsync();
        var beforeGreeks = log.Seen.Count(e => e.Message is TickOptionComputationMessage { TickType: 13 });
        await s.AdvanceAsync(TimeSpan.FromSeconds(3)); // IB computes model greeks asynchronously: 0.5–3 s here
        var greeks = await log.WaitForAsync(e => e.Message is TickOptionComputationMessage { TickType: 13, Delta: not null }, "model greeks");

        Assert.Equal(0, beforeGreeks);
        Assert.InRange(((TickOptionComputationMessage)greeks.Message).Delta!.Value, -1, 0);
    }
}
