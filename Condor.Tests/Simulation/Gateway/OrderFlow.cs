using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Test steps shared by the order tests.</summary>
internal static class OrderFlow
{
    /// <summary>Opens a condor (BUY at the natural, a negative price) and waits for its fill reports; returns the BAG.</summary>
    public static async Task<(Contract Bag, decimal Price)> EnterAsync(GatewayHarness harness, TestTwsClient client, int orderId = 1, int quantity = 1)
    {
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        var natural = harness.Quote(bag).Ask!.Value;
        await client.SendAsync(GatewayHarness.Order(orderId, bag, "BUY", "LMT", natural, quantity: quantity));
        var filled = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == orderId && s.Status == "Filled");
        await WaitCommissionsAsync(client, 4);
        return (bag, filled.AvgFillPrice!.Value);
    }

    public static async Task WaitCommissionsAsync(TestTwsClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await client.WaitForAsync<CommissionReportMessage>();
        }
    }

    /// <summary>Waits for the gateway to have handled everything sent so far (a round trip).</summary>
    public static async Task SyncAsync(TestTwsClient client)
    {
        await client.SendAsync(new Engine.Tws.Protocol.Requests.ReqCurrentTimeRequest());
        await client.WaitForAsync<CurrentTimeMessage>();
    }

    /// <summary>Moves the clock second by second so the client's messages of each second arrive before the next.</summary>
    public static async Task AdvanceAsync(GatewayHarness harness, TestTwsClient client, TimeSpan span)
    {
        harness.Advance(span);
        await SyncAsync(client);
    }
}
