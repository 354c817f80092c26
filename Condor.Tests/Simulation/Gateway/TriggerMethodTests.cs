using Condor.Engine.Broker;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>A combo stop already through the market, over a socket, for each of IB's trigger methods.</summary>
public sealed class TriggerMethodTests
{
    public static TheoryData<TriggerMethod, int?> Methods => new()
    {
        { TriggerMethod.Default, null }, // a combo's default triggers on trades only: the simulator prints none
        { TriggerMethod.DoubleBidAsk, 1 }, // two consecutive bids through the stop: the placing pass, then the next second
        { TriggerMethod.Last, null },
        { TriggerMethod.DoubleLast, null },
        { TriggerMethod.BidAsk, 0 },
        { TriggerMethod.LastOrBidAsk, 0 },
        { TriggerMethod.MidPoint, 0 },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task SellStopThroughTheMarket_ByTriggerMethod_FiresWhenItsPriceSourceSaysSo(TriggerMethod method, int? firesAfterSeconds)
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 40));
        await using var client = await harness.ConnectAsync();
        var (bag, _) = await OrderFlow.EnterAsync(harness, client);
        var quote = harness.Quote(bag);
        var through = Math.Ceiling((quote.Ask!.Value + 0.50m) / 0.05m) * 0.05m; // a sell stop above the ask: bid and mid are through it

        var stop = GatewayHarness.Order(2, bag, "SELL", "STP", aux: through);
        await client.SendAsync(stop with { Order = stop.Order with { TriggerMethod = method } });
        await OrderFlow.SyncAsync(client);
        var filledAfter = new List<bool> { Filled(client) };
        for (var second = 1; second <= 30; second++)
        {
            await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));
            filledAfter.Add(Filled(client));
        }

        var firstFilled = filledAfter.IndexOf(true);
        Assert.Equal(firesAfterSeconds ?? -1, firstFilled);
    }

    private static bool Filled(TestTwsClient client) => client.Seen.Any(m => m is OrderStatusMessage { OrderId: 2, Status: "Filled" });
}
