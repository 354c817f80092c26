using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>The fill model as a client meets it over a socket: limits between the mid and the natural.</summary>
public sealed class FillProbabilityTests
{
    private const int Orders = 200;

    [Fact]
    public async Task LimitsAtTheMid_TwoHundredOrders_FewFillAtOnceMoreOnceSteppedTowardTheNatural()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 40));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        var quote = harness.Quote(bag);
        var atMid = Math.Ceiling(quote.Mid!.Value / 0.05m) * 0.05m; // a BUY's first tick at or above the mid (credits are negative)
        var halfWay = Math.Ceiling((quote.Mid.Value + quote.Ask!.Value) / 2 / 0.05m) * 0.05m;
        Assert.True(atMid < halfWay && halfWay < quote.Ask, $"mid {quote.Mid}, half-way {halfWay}, natural {quote.Ask}");

        for (var id = 1; id <= Orders; id++)
        {
            await client.SendAsync(GatewayHarness.Order(id, bag, "BUY", "LMT", atMid));
        }

        await FiveSecondsAsync(harness, client);
        var filledAtMid = Filled(client);
        foreach (var id in Enumerable.Range(1, Orders).Except(filledAtMid))
        {
            await client.SendAsync(GatewayHarness.Order(id, bag, "BUY", "LMT", halfWay)); // one step of the chase: the same order re-priced
        }

        await FiveSecondsAsync(harness, client);
        var filledHalfWay = Filled(client).Except(filledAtMid).Count();
        var atMidRate = filledAtMid.Count / (double)Orders;
        var halfWayRate = filledHalfWay / (double)(Orders - filledAtMid.Count);

        // Documented defaults: about 2% a second at the mid (≈ 10% in 5 s; the first tick above the mid and the quote's
        // moves add some: 21.5% with this seed), 13.5% half-way (≈ 52% in 5 s; 60.5% here); a flat model (25% a second
        // anywhere between) would fill three in four at the mid.
        Assert.InRange(atMidRate, 0.01, 0.3);
        Assert.InRange(halfWayRate, 0.3, 0.8);
        Assert.True(halfWayRate > atMidRate + 0.2, $"at the mid {atMidRate:P1}, half-way {halfWayRate:P1}");
    }

    private static async Task FiveSecondsAsync(GatewayHarness harness, TestTwsClient client)
    {
        await OrderFlow.SyncAsync(client);
        for (var second = 0; second < 5; second++)
        {
            await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));
        }
    }

    private static HashSet<int> Filled(TestTwsClient client) =>
        [.. client.Seen.OfType<OrderStatusMessage>().Where(s => s.Status == "Filled").Select(s => s.OrderId)];
}
