using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>The gateway's tick sleeps while nothing can change, so the clock jumps over quiet hours; requests wake it.</summary>
public sealed class TickerTests
{
    private static readonly Contract Spx = new() { ConId = 416904, SecType = "IND" };

    [Fact]
    public async Task Tick_IndexLineAfterTheClose_ClockJumpsToMidnightThenToTheOpenWithTheNewValue()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(16, 30));
        await using var client = await harness.ConnectAsync();
        await client.SendAsync(new ReqMktDataRequest(1, Spx, string.Empty, false, false));
        await client.WaitForAsync<TickPriceMessage>(t => t.TickType == 4);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));
        var nextDay = GatewayHarness.Session.AddDays(1);

        Assert.True(harness.Gateway.TickerAsleep);
        Assert.True(harness.Clock.AdvanceToNext(EasternTime.At(nextDay, new TimeOnly(12, 0))));
        Assert.Equal(EasternTime.At(nextDay, TimeOnly.MinValue), harness.Clock.GetUtcNow());
        harness.Clock.AdvanceToNext(EasternTime.At(nextDay, new TimeOnly(12, 0)));
        Assert.Equal(EasternTime.At(nextDay, EasternTime.Open), harness.Clock.GetUtcNow());
        var open = await client.WaitForAsync<TickPriceMessage>(t => t.TickType == 4);

        Assert.Equal(harness.Market.Path.At(EasternTime.At(nextDay, EasternTime.Open)).SpxPrice, open.Price);
        Assert.NotEqual(harness.Market.Path.At(GatewayHarness.Et(16, 30)).SpxPrice, open.Price);
        Assert.False(harness.Gateway.TickerAsleep);
    }

    [Fact]
    public async Task Tick_NothingSubscribed_SleepsAndASubscriptionWakesItAtTheNextSecond()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(10, 0));
        await using var client = await harness.ConnectAsync();
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));
        Assert.True(harness.Gateway.TickerAsleep);
        Assert.Equal(GatewayHarness.Et(16, 0), harness.Clock.NextDue); // the close's expiry, not the next second

        await client.SendAsync(new ReqMktDataRequest(1, Spx, string.Empty, false, false));
        await OrderFlow.SyncAsync(client);
        Assert.Equal(GatewayHarness.Et(10, 0, 2), harness.Clock.NextDue);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));

        var ticks = client.Seen.OfType<TickPriceMessage>().Where(t => t.TickType == 4).ToList();
        Assert.Equal(
            [harness.Market.Path.At(GatewayHarness.Et(10, 0, 1)).SpxPrice, harness.Market.Path.At(GatewayHarness.Et(10, 0, 2)).SpxPrice],
            ticks.Select(t => t.Price));
    }

    [Fact]
    public async Task Tick_AsleepWhenAnOrderIsPlaced_WakesAndTheHeldOrderFillsAtItsGoodAfterTime()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(10, 0));
        await using var client = await harness.ConnectAsync();
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));
        Assert.True(harness.Gateway.TickerAsleep);
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(GatewayHarness.Order(1, harness.IronCondor(sp, sc), "BUY", "MKT", goodAfter: "20261123 10:00:05 US/Eastern"));
        await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "PreSubmitted");
        harness.Advance(TimeSpan.FromSeconds(5));
        // The ticker works on its own thread: a currentTime round trip is no barrier for it, so wait for the fill itself.
        var filled = client.Seen.OfType<ExecDetailsMessage>().FirstOrDefault() ?? await client.WaitForAsync<ExecDetailsMessage>();

        Assert.Equal(GatewayTime.Format(GatewayHarness.Et(10, 0, 5)), filled.Execution.Time);
    }
}
