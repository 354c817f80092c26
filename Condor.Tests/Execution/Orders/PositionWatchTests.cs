using Condor.Engine.Broker;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;

namespace Condor.Tests.Execution.Orders;

/// <summary>The open position's watch over the simulator: short-strike touches, a refused own-stop modification.</summary>
public sealed class PositionWatchTests
{
    [Fact]
    public async Task ObserveAsync_IndexTouchesEachShortStrike_AlertsOncePerStrikeNoOrderAction()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32));
        var legs = w.Legs();
        var (entry, position) = await w.EnterAsync(legs);
        var watch = new PositionWatch(position, await new ExitBracket(w.Context).PlaceAsync(position, w.Token), w.Context);
        var quotes = w.QuotesOf(legs);
        var put = legs.Condor.ShortPut.Strike;
        var call = legs.Condor.ShortCall.Strike;

        var alerts = new List<OrderAlert>();
        var distances = new List<(decimal?, decimal?)>();
        foreach (var index in new[] { put + 1, put, put - 3, put + 10, call, call + 2 })
        {
            var report = await watch.ObserveAsync(new PositionTick(quotes, index), w.Token);
            alerts.AddRange(report.Alerts);
            distances.Add((report.Pnl.DistanceToShortPut, report.Pnl.DistanceToShortCall));
        }

        Assert.Equal(2, alerts.Count(a => a.Code == "short-strike-touched"));
        Assert.All(alerts, a => Assert.Equal(OrderAlertSeverity.Warning, a.Severity));
        Assert.Equal((1m, call - put - 1), distances[0]);
        Assert.Equal(4, (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Count);
        Assert.Equal(3, (await w.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, w.Token)).Count);
    }

    [Fact]
    public async Task OwnStop_ModificationRefused_TargetLeftAsItWasEscalated()
    {
        // placeOrder #1 entry, #2-#4 the exits, #5 the own stop's modification of the target
        var scenario = new SimulationScenario { RequestErrors = [new RequestError("placeOrder", 201, "Order rejected - reason: test", Occurrence: 5)] };
        var options = new StrategyOptions { StopMultiple = 1.3m, ProfitTargetPercent = 99, StopTriggerMethod = TriggerMethod.Last, TimeExit = new TimeOnly(15, 30) };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), scenario, options: options, seed: 2);
        var legs = w.Legs(outOfMoney: 0.003m);
        await using var events = w.Client.SubscribeBrokerEvents();
        var (_, position) = await w.EnterAsync(legs);
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);
        var alerts = new List<OrderAlert>();

        for (var minute = 0; minute < 360 && !alerts.Any(a => a.Code.StartsWith("own-stop", StringComparison.Ordinal)); minute++)
        {
            var report = await watch.ObserveAsync(w.Tick(legs), w.Token);
            alerts.AddRange(report.Alerts);
            await w.AdvanceAsync(report.Pnl.MidDebit >= bracket.Plan.StopTrigger.Value ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1));
            alerts.AddRange(await w.PumpAsync(watch, events.Reader));
        }

        var again = await watch.ObserveAsync(w.Tick(legs), w.Token);

        Assert.Contains(alerts, a => a is { Code: "own-stop-refused", IsUrgent: true });
        Assert.False(watch.TargetRepriced);
        Assert.DoesNotContain(again.Alerts, a => a.Code.StartsWith("own-stop", StringComparison.Ordinal)); // escalated once, not retried
        var open = await w.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, w.Token);
        var target = Assert.Single(open, o => o.Order.OrderRef == bracket.Exit(Engine.Journal.OrderRole.Target)!.Order.OrderRef);
        Assert.Equal(("LMT", -bracket.Plan.TargetDebit.Value), (target.Order.OrderType, target.Order.LmtPrice));
    }
}
