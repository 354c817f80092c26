using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>
/// Orders belong to their client: the wire-level case the contract tests cannot send any more (Condor's client
/// only cancels its own orders, by orderRef).
/// </summary>
public sealed class ForeignCancelTests
{
    [Fact]
    public async Task CancelOrder_FromAnotherClientId_10147AndTheOrderStaysWorking()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var owner = await harness.ConnectAsync(clientId: 7);
        await using var other = await harness.ConnectAsync(clientId: 8);
        var (sp, sc) = harness.ShortStrikes();
        await owner.SendAsync(GatewayHarness.Order(7, harness.IronCondor(sp, sc), "BUY", "LMT", -20m));
        await owner.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 7 && s.Status == "Submitted");

        await other.SendAsync(new CancelOrderRequest(7, string.Empty));
        var refused = await other.WaitForAsync<ErrorMessage>(e => e.Id == 7);
        await owner.SendAsync(new ReqOpenOrdersRequest());
        var open = await owner.WaitForAsync<OpenOrderMessage>(o => o.OrderId == 7);

        Assert.Equal(10147, refused.ErrorCode);
        Assert.Equal("Submitted", open.OrderState.Status);
        Assert.DoesNotContain(owner.Seen, m => m is OrderStatusMessage { OrderId: 7, Status: "Cancelled" });
    }
}
