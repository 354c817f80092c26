using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Order details where IB differs from a forgiving gateway: status sequences, zones, price parsing, faults.</summary>
public sealed class OrderBehaviourTests
{
    [Fact]
    public async Task PlaceOrder_LiveOrder_PreSubmittedThenSubmittedAndFilledStatusTwice()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);

        await client.SendAsync(GatewayHarness.Order(1, bag, "BUY", "LMT", harness.Quote(bag).Ask!.Value));
        await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "Filled");
        await OrderFlow.WaitCommissionsAsync(client, 4);
        await OrderFlow.SyncAsync(client);

        var statuses = client.Seen.OfType<OrderStatusMessage>().Select(s => s.Status).ToList();
        Assert.Equal(["PreSubmitted", "Submitted", "Filled", "Filled"], statuses);
        Assert.IsType<OrderStatusMessage>(client.Seen.SkipWhile(m => m is not CommissionReportMessage).SkipWhile(m => m is CommissionReportMessage).First());
    }

    [Fact]
    public async Task GoodAfterTime_WithoutZone_ReadInTheLoginZone()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (bag, _) = await OrderFlow.EnterAsync(harness, client);

        // 17:30 Berlin = 11:30 New York on 2026-11-23: a zone-less "11:30:00" meant as New York is 05:30 ET, long gone.
        await client.SendAsync(GatewayHarness.Order(2, bag, "SELL", "MKT", goodAfter: "20261123 11:30:00"));
        var filled = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2 && s.Status == "Filled");

        Assert.Equal(1m, filled.Filled);
    }

    [Fact]
    public async Task GoodAfterTime_WithoutZoneLoginZoneNewYork_HeldUntilThen()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { LoginTimeZone = "America/New_York" }, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (bag, _) = await OrderFlow.EnterAsync(harness, client);

        await client.SendAsync(GatewayHarness.Order(2, bag, "SELL", "MKT", goodAfter: "20261123 11:30:00"));
        var held = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(3));

        Assert.Equal("PreSubmitted", held.Status);
        Assert.DoesNotContain(client.Seen, m => m is OrderStatusMessage { OrderId: 2, Status: "Filled" });
    }

    [Fact]
    public async Task PlaceOrder_LimitWithDoubleNoise_ParsedAsIbDoubleNotRejected()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(GatewayHarness.Order(6, harness.IronCondor(sp, sc), "BUY", "LMT", -3.8000000000000003m));
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 6);
        await OrderFlow.SyncAsync(client);

        Assert.DoesNotContain(client.Seen, m => m is ErrorMessage { Id: 6 });
    }

    [Fact]
    public async Task OrderFault_Informational10349_SentAndOrderStaysLive()
    {
        var scenario = new SimulationScenario { OrderFaults = [new OrderFault(OrderFaultKind.Informational10349)] };
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(GatewayHarness.Order(1, harness.IronCondor(sp, sc), "BUY", "LMT", -20m));
        var info = await client.WaitForAsync<ErrorMessage>(e => e.Id == 1);

        Assert.Equal(10349, info.ErrorCode);
        Assert.True(Assert.Single(harness.Gateway.Book.Orders(o => o.OrderId == 1)).IsWorking);
    }

    [Fact]
    public async Task OrderFault_BrokerCancel_CancelledWith202AfterTheDelay()
    {
        var scenario = new SimulationScenario { OrderFaults = [new OrderFault(OrderFaultKind.BrokerCancel202, After: TimeSpan.FromSeconds(10))] };
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        await client.SendAsync(GatewayHarness.Order(1, harness.IronCondor(sp, sc), "BUY", "LMT", -20m));
        await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "Submitted");

        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(9));
        Assert.DoesNotContain(client.Seen, m => m is OrderStatusMessage { Status: "Cancelled" });
        harness.Advance(TimeSpan.FromSeconds(1));
        var cancelled = await client.WaitForAsync<ErrorMessage>(e => e.Id == 1);

        Assert.Equal(202, cancelled.ErrorCode);
        Assert.Contains(client.Seen, m => m is OrderStatusMessage { OrderId: 1, Status: "Cancelled" });
    }

    [Fact]
    public async Task OrderFault_ConfirmationHold_MarketOrderPreSubmittedNeverFillsCancelWorks()
    {
        var scenario = new SimulationScenario { OrderFaults = [new OrderFault(OrderFaultKind.ConfirmationHold, "MKT")] };
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(GatewayHarness.Order(1, harness.IronCondor(sp, sc), "BUY", "MKT"));
        var held = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 1);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(30));
        await client.SendAsync(new CancelOrderRequest(1, string.Empty));
        await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "Cancelled");

        Assert.Equal("PreSubmitted", held.Status);
        Assert.DoesNotContain(client.Seen, m => m is OrderStatusMessage { Status: "Filled" } or ExecDetailsMessage);
    }
}
