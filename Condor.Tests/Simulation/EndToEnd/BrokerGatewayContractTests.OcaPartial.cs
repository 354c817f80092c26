using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>An exit bracket over two condors in an OCA type 2 group when one member fills only in part.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task OcaType2Exits_TargetPartlyFills_OthersReducedRestStaysProtected()
    {
        var scenario = new SimulationScenario { PartialFillQuantity = 1, PartialFillRemainderAfter = TimeSpan.FromSeconds(30) };
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: scenario));
        var bag = await s.CondorAsync();
        var entry = await s.PlaceAsync(bag, ContractSession.Order("BUY", "MKT") with { TotalQuantity = 2 });
        await s.Orders.WaitForAsync(e => e.OrderId == entry.OrderId && e.Message is OrderStatusMessage { Filled: 1 }, "entry partial fill");
        s.Market.Advance(TimeSpan.FromSeconds(30));
        await s.StatusAsync(entry.OrderId, "Filled");

        var stop = await s.PlaceAsync(bag, Exit(ContractSession.Order("SELL", "STP", aux: -50m, oca: "exit-2")));
        var time = await s.PlaceAsync(bag, Exit(ContractSession.Order("SELL", "MKT", oca: "exit-2", goodAfter: $"{s.Expiry} 15:30:00 US/Eastern")));
        var (bid, _) = await s.QuoteAsync(bag);
        var target = await s.PlaceAsync(bag, Exit(ContractSession.Order("SELL", "LMT", bid, oca: "exit-2")));
        var partial = (OrderStatusMessage)(await s.Orders.WaitForAsync(e => e.OrderId == target.OrderId && e.Message is OrderStatusMessage { Filled: 1 }, "target partial fill")).Message;
        var stopReduced = await ReducedAsync(s, stop.OrderId);
        var timeReduced = await ReducedAsync(s, time.OrderId);
        await s.SyncAsync();
        var legIds = bag.ComboLegs.Select(l => l.ConId).ToHashSet();
        var positions = (await s.Client.GetPositionsAsync(s.Token)).Where(p => legIds.Contains(p.Contract.ConId)).ToList();

        Assert.Equal((1m, 1m), (partial.Filled, partial.Remaining));
        Assert.Equal(("PreSubmitted", 0m), (stopReduced.Status, stopReduced.Filled));
        Assert.Equal(("PreSubmitted", 0m), (timeReduced.Status, timeReduced.Filled));
        Assert.False(s.HasStatus(stop.OrderId, "Cancelled") || s.HasStatus(time.OrderId, "Cancelled"), "type 2 reduces, it does not cancel");
        Assert.Equal(4, positions.Count);
        Assert.All(positions, p => Assert.Equal(1m, Math.Abs(p.Position!.Value))); // the open condor still has its stop and time exit

        s.Market.Advance(TimeSpan.FromSeconds(30)); // the target's remainder fills: nothing left to protect
        await s.StatusAsync(target.OrderId, "Filled");
        await s.StatusAsync(stop.OrderId, "Cancelled");
        await s.StatusAsync(time.OrderId, "Cancelled");
        Assert.False(s.HasStatus(stop.OrderId, "Filled") || s.HasStatus(time.OrderId, "Filled"));
    }

    private static Engine.Tws.Protocol.Models.Order Exit(Engine.Tws.Protocol.Models.Order order) =>
        order with { TotalQuantity = 2, OcaType = 2 };

    private static async Task<OrderStatusMessage> ReducedAsync(ContractSession s, int orderId) =>
        (OrderStatusMessage)(await s.Orders.WaitForAsync(
            e => e.OrderId == orderId && e.Message is OrderStatusMessage { Remaining: 1m }, $"order {orderId} reduced to 1")).Message;
}
