using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>OCA types 1, 2 and 3 on a partial fill of one member (IB's Order.OcaType).</summary>
public sealed class OcaTests
{
    [Fact]
    public async Task OcaType1_PartialFillOfOneMember_CancelsTheOthers()
    {
        var (target, stop) = await PartialExitAsync(1);

        Assert.Equal(("Submitted", 1m), (target.Status, target.Filled));
        Assert.Equal("Cancelled", stop.Status);
    }

    [Fact]
    public async Task OcaType2_PartialFillOfOneMember_ReducesTheOthersByTheFill()
    {
        var (_, stop) = await PartialExitAsync(2);

        Assert.Equal(("PreSubmitted", 0m, 1m), (stop.Status, stop.Filled, stop.Remaining));
    }

    [Fact]
    public async Task OcaType3_PartialFillOfOneMember_ReducesTheOthersAfterThePass()
    {
        var (_, stop) = await PartialExitAsync(3);

        Assert.Equal(("PreSubmitted", 1m), (stop.Status, stop.Remaining));
    }

    /// <summary>Two contracts open; a target (fills 1 of 2 at once, scenario) and a far stop in one OCA group.</summary>
    private static async Task<(OrderStatusMessage Target, OrderStatusMessage Stop)> PartialExitAsync(int ocaType)
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { PartialFillQuantity = 1 }, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);
        await client.SendAsync(GatewayHarness.Order(1, bag, "BUY", "MKT", quantity: 2));
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 1 && s.Filled == 1);
        await client.SendAsync(new CancelOrderRequest(1, string.Empty)); // one condor open, the rest cancelled
        await OrderFlow.SyncAsync(client);

        var stopOrder = Oca(GatewayHarness.Order(2, bag, "SELL", "STP", aux: -50m, quantity: 1), ocaType);
        var targetOrder = Oca(GatewayHarness.Order(3, bag, "SELL", "LMT", harness.Quote(bag).Bid!.Value, quantity: 2), ocaType);
        await client.SendAsync(stopOrder with { Order = stopOrder.Order with { TotalQuantity = 2 } });
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2);
        await client.SendAsync(targetOrder);
        var target = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 3 && s.Filled == 1);
        await OrderFlow.SyncAsync(client);

        var stop = client.Seen.OfType<OrderStatusMessage>().Last(s => s.OrderId == 2);
        return (target, stop);
    }

    private static PlaceOrderRequest Oca(PlaceOrderRequest request, int type) =>
        request with { Order = request.Order with { OcaGroup = "exit", OcaType = type } };
}
