using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>The other members of the OCA bracket filling first, and order rejections the engine must handle.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task OcaExits_TimeExitActivatesAndFills_TargetAndStopCancelled()
    {
        await using var s = await OpenAsync(GatewaySetup.At(11, 29));
        var (bag, _, _) = await s.EnterAsync();
        var (target, stop, time) = await PlaceBracketAsync(s, bag, targetPrice: 5m, stopPrice: -50m, oca: "exit-time");

        await s.AdvanceAsync(TimeSpan.FromMinutes(1));

        await s.StatusAsync(time.OrderId, "Filled");
        await s.StatusAsync(target.OrderId, "Cancelled");
        await s.StatusAsync(stop.OrderId, "Cancelled");
    }

    [Fact]
    public async Task OcaExits_StopTriggersAndFills_TargetAndTimeExitCancelled()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, _, _) = await s.EnterAsync();
        var (bid, ask) = await s.QuoteAsync(bag);
        var stopPrice = Math.Floor(((bid + ask) / 2 - 0.05m) / 0.05m) * 0.05m;
        var (target, stop, time) = await PlaceBracketAsync(s, bag, targetPrice: 5m, stopPrice, oca: "exit-stop");

        for (var minute = 0; minute < 180 && !s.HasStatus(stop.OrderId, "Filled"); minute++)
        {
            await s.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        await s.StatusAsync(stop.OrderId, "Filled");
        await s.StatusAsync(target.OrderId, "Cancelled");
        await s.StatusAsync(time.OrderId, "Cancelled");
        Assert.False(s.HasStatus(time.OrderId, "Filled") || s.HasStatus(target.OrderId, "Filled"));
    }

    [Fact]
    public async Task PlaceOrder_OffTickLimit_RejectedWith110()
    {
        await using var s = await OpenAsync();
        var bag = await s.CondorAsync();

        var placement = await s.Client.PlaceOrderAsync(bag, ContractSession.Order("BUY", "LMT", -2.03m), s.Token);

        Assert.Equal((PlacementOutcome.Rejected, 110), (placement.Outcome, placement.ErrorCode));
        Assert.Empty(await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token));
    }

    [Fact]
    public async Task CancelOrder_NotOneOfOurOrders_RefusedAndNothingSent()
    {
        await using var s = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => s.Client.CancelOrderAsync("condor:not-placed", s.Token));

        await s.SyncAsync();
        Assert.Empty(s.Orders.Seen);
        Assert.Equal(ConnectionState.Connected, s.Client.State);
    }

    /// <summary>Profit-target LMT, STP and a MKT time exit at 11:30 in one OCA group, as Condor places them after a fill.</summary>
    private static async Task<(OrderPlacement Target, OrderPlacement Stop, OrderPlacement Time)> PlaceBracketAsync(ContractSession s, Contract bag, decimal targetPrice, decimal stopPrice, string oca)
    {
        var target = await s.PlaceAsync(bag, ContractSession.Order("SELL", "LMT", targetPrice, oca: oca));
        var stop = await s.PlaceAsync(bag, ContractSession.Order("SELL", "STP", aux: stopPrice, oca: oca) with { TriggerMethod = Engine.Broker.TriggerMethod.MidPoint });
        var time = await s.PlaceAsync(bag, ContractSession.Order("SELL", "MKT", oca: oca, goodAfter: $"{s.Expiry} 11:30:00 US/Eastern"));
        return (target, stop, time);
    }
}
