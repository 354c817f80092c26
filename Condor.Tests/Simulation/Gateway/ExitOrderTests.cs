using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>The exit bracket: OCA cancel on fill, a stop triggering, a time exit at goodAfterTime, expiry, determinism.</summary>
public sealed class ExitOrderTests
{
    [Fact]
    public async Task OcaGroup_TargetFills_CancelsStopAndTimeExit()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (bag, _) = await OrderFlow.EnterAsync(harness, client);

        await client.SendAsync(GatewayHarness.Order(2, bag, "SELL", "STP", aux: -50m, oca: "exit"));
        await client.SendAsync(GatewayHarness.Order(3, bag, "SELL", "MKT", oca: "exit", goodAfter: "20261123 11:30:00 US/Eastern"));
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 3);
        await client.SendAsync(GatewayHarness.Order(4, bag, "SELL", "LMT", harness.Quote(bag).Bid!.Value, oca: "exit"));

        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 4 && s.Status == "Filled");
        var stop = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2 && s.Status == "Cancelled");
        var time = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 3 && s.Status == "Cancelled");
        Assert.Equal(0m, stop.Filled);
        Assert.Equal(0m, time.Filled);
        Assert.Contains(client.Seen, m => m is ErrorMessage { Id: 2, ErrorCode: 202 });
    }

    [Fact]
    public async Task TimeExit_GoodAfterTime_InactiveUntilThenFillsAsMarket()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(11, 29));
        await using var client = await harness.ConnectAsync();
        var (bag, _) = await OrderFlow.EnterAsync(harness, client);

        await client.SendAsync(GatewayHarness.Order(2, bag, "SELL", "MKT", goodAfter: "20261123 11:30:00 US/Eastern"));
        var held = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2);
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(59));
        Assert.DoesNotContain(client.Seen, m => m is OrderStatusMessage { OrderId: 2, Status: "Filled" });
        harness.Advance(TimeSpan.FromSeconds(1));

        var filled = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2 && s.Status == "Filled");
        var exec = await client.WaitForAsync<ExecDetailsMessage>(e => e.Execution.OrderId == 2 && e.Contract.SecType == "BAG");
        Assert.Equal("PreSubmitted", held.Status);
        Assert.Equal("20261123 11:30:00 US/Eastern", exec.Execution.Time);
        Assert.Equal(1m, filled.Filled);
    }

    [Fact]
    public async Task Stop_ComboMidReachesStop_TriggersAndFillsAtNatural()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (bag, _) = await OrderFlow.EnterAsync(harness, client);
        var start = harness.Clock.GetUtcNow();
        var mid0 = harness.Quote(bag).Mid!.Value;
        var (worst, at) = Enumerable.Range(1, 180)
            .Select(m => start.AddMinutes(m))
            .Select(t => (Mid: harness.Market.Combo(Engine.Market.Underlying.SPX, GatewayHarness.Session, Legs(harness, bag), t)?.Mid ?? 0, Time: t))
            .MinBy(x => x.Mid);
        Assert.True(worst < mid0 - 0.10m, $"the seed's path should make the condor dearer ({mid0} → {worst})");
        var stopPrice = Math.Ceiling((worst + mid0) / 2 / 0.05m) * 0.05m;

        var stop = GatewayHarness.Order(2, bag, "SELL", "STP", aux: stopPrice);
        await client.SendAsync(stop with { Order = stop.Order with { TriggerMethod = Engine.Broker.TriggerMethod.MidPoint } });
        var held = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2);
        harness.Advance(at - start);
        var filled = await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2 && s.Status == "Filled");

        var exec = await client.WaitForAsync<ExecDetailsMessage>(e => e.Execution.OrderId == 2 && e.Contract.SecType == "BAG");
        var fillTime = GatewayTimeText(exec.Execution.Time);
        var quoteThen = harness.Market.Combo(Engine.Market.Underlying.SPX, GatewayHarness.Session, Legs(harness, bag), fillTime)!;
        Assert.Equal("PreSubmitted", held.Status);
        Assert.True(quoteThen.Mid <= stopPrice);
        Assert.Equal(quoteThen.Bid, filled.AvgFillPrice);
    }

    [Fact]
    public async Task Expiry_At1600CancelsWorkingOrders_OvernightProcessingSettlesPositionsWithoutExecutions()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(15, 58));
        await using var client = await harness.ConnectAsync();
        var (bag, price) = await OrderFlow.EnterAsync(harness, client);
        await client.SendAsync(GatewayHarness.Order(2, bag, "SELL", "LMT", 5m));
        await client.SendAsync(new ReqPositionsRequest());
        await client.WaitForAsync<PositionEndMessage>();

        harness.Advance(TimeSpan.FromMinutes(3));
        await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 2 && s.Status == "Cancelled");
        await OrderFlow.SyncAsync(client);
        Assert.Equal(4, harness.Market.Account.Positions.Count); // expired legs stay until the overnight processing
        var seenBefore = client.Seen.Count;
        harness.Clock.AdvanceTo(EasternTime.At(GatewayHarness.Session.AddDays(1), new TimeOnly(5, 0)));
        var flat = new List<PositionMessage>();
        for (var i = 0; i < 4; i++)
        {
            flat.Add(await client.WaitForAsync<PositionMessage>());
        }

        await client.SendAsync(new ReqAccountSummaryRequest(50, "All", "TotalCashValue"));
        var cash = await client.WaitForAsync<AccountSummaryMessage>(a => a.Tag == "TotalCashValue");
        Assert.All(flat, p => Assert.Equal(0m, p.Position));
        Assert.DoesNotContain(client.Seen.Skip(seenBefore), m => m is ExecDetailsMessage);
        var settlement = Settlement(harness, bag);
        var expected = 100_000m - (price * 100) - (4 * 0.65m) + (settlement * 100);
        Assert.Equal(Math.Round(expected, 2), decimal.Parse(cash.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Fills_SameSeedSameArrivalTimes_IdenticalAcrossRuns()
    {
        async Task<List<string>> RunAsync()
        {
            await using var harness = await GatewayHarness.StartAsync(seed: 11, start: GatewayHarness.Et(9, 32));
            await using var client = await harness.ConnectAsync();
            var (sp, sc) = harness.ShortStrikes();
            var bag = harness.IronCondor(sp, sc);
            var mid = Math.Floor(harness.Quote(bag).Mid!.Value / 0.05m) * 0.05m;
            await client.SendAsync(GatewayHarness.Order(1, bag, "BUY", "LMT", mid));
            await client.WaitForAsync<OrderStatusMessage>(s => s.OrderId == 1);
            for (var i = 0; i < 120 && !client.Seen.Any(m => m is OrderStatusMessage { Status: "Filled" }); i++)
            {
                await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(1));
            }

            return [.. client.Seen.OfType<ExecDetailsMessage>().Select(e => $"{e.Execution.Time} {e.Execution.Price} {e.Contract.ConId}")];
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    private static decimal Settlement(GatewayHarness harness, Engine.Tws.Protocol.Models.Contract bag) =>
        Legs(harness, bag).Sum(l => (l.Side == TradeSide.Buy ? 1 : -1)
            * harness.Market.Chains.SettlementValue(Engine.Market.Underlying.SPX, GatewayHarness.Session, l.Strike, l.Right));

    private static List<ComboLeg> Legs(GatewayHarness harness, Engine.Tws.Protocol.Models.Contract bag) =>
        [.. bag.ComboLegs.Select(l =>
        {
            var key = harness.Gateway.Contracts.Find(l.ConId)!.Value;
            return new ComboLeg(key.Strike, key.Right, l.Action == "BUY" ? TradeSide.Buy : TradeSide.Sell);
        })];

    private static DateTimeOffset GatewayTimeText(string text) => Engine.Simulation.Gateway.GatewayTime.Parse(text)!.Value;
}
