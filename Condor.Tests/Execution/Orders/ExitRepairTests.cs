using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;

namespace Condor.Tests.Execution.Orders;

/// <summary>The exit-repair rule over the simulator: re-placed once while the position is open and no exit executed; never a rejected order unchanged.</summary>
public sealed class ExitRepairTests
{
    [Fact]
    public async Task BrokerCancelsTheStop_PositionOpen_ReplacedOnceInTheSameOcaGroup()
    {
        var scenario = new SimulationScenario { OrderFaults = [new OrderFault(OrderFaultKind.BrokerCancel202, "STP", Occurrence: 1, After: TimeSpan.FromSeconds(30))] };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), scenario);
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(w.Legs());
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);
        await w.PumpAsync(watch, events.Reader);

        await w.AdvanceAsync(TimeSpan.FromSeconds(31));
        var alerts = await w.PumpAsync(watch, events.Reader);

        var replaced = Assert.Single(alerts, a => a.Code == "exit-replaced");
        Assert.True(replaced.IsUrgent, "a re-placement is escalated");
        var stop = watch.Exits.Order(OrderRole.Stop)!;
        Assert.Equal(("condor:20261123:stop:2", true), (stop.OrderRef.ToString(), stop.IsAcknowledged));
        var open = await w.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, w.Token);
        var working = Assert.Single(open, o => o.Order.OrderRef == "condor:20261123:stop:2");
        Assert.Equal((bracket.Group.Name, "STP", -bracket.Plan.StopTrigger.Value), (working.Order.OcaGroup, working.Order.OrderType, working.Order.AuxPrice));
        Assert.Equal(3, open.Count);
        Assert.Equal(5, (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Count);
    }

    [Fact]
    public async Task BrokerCancelsTheStopAgain_NotReplacedASecondTime_Urgent()
    {
        var scenario = new SimulationScenario { OrderFaults = [new OrderFault(OrderFaultKind.BrokerCancel202, "STP", After: TimeSpan.FromSeconds(30))] };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), scenario);
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(w.Legs());
        var watch = new PositionWatch(position, await new ExitBracket(w.Context).PlaceAsync(position, w.Token), w.Context);
        await w.PumpAsync(watch, events.Reader);

        await w.AdvanceAsync(TimeSpan.FromSeconds(31));
        var first = await w.PumpAsync(watch, events.Reader);
        await w.AdvanceAsync(TimeSpan.FromSeconds(31));
        var second = await w.PumpAsync(watch, events.Reader);

        Assert.Contains(first, a => a.Code == "exit-replaced");
        Assert.Contains(second, a => a is { Code: "exit-unprotected", IsUrgent: true });
        var stops = (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Where(o => o.OrderRef.Role == OrderRole.Stop).ToList();
        Assert.Equal(2, stops.Count); // stop:1 and stop:2, no stop:3
    }

    [Fact]
    public async Task StopRejected_NeverResentUnchanged_BracketNotProtectedUrgent()
    {
        // placeOrder #1 is the entry, #2 the target, #3 the stop
        var scenario = new SimulationScenario { RequestErrors = [new RequestError("placeOrder", 201, "Order rejected - reason: test", Occurrence: 3)] };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), scenario);
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(w.Legs());

        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);
        var alerts = (await watch.RepairAsync(w.Token)).ToList();
        alerts.AddRange(await w.PumpAsync(watch, events.Reader));

        Assert.False(bracket.Protected);
        Assert.Contains(bracket.Alerts, a => a is { Code: "exits-not-acknowledged", IsUrgent: true });
        Assert.Equal(PlacementOutcome.Rejected, bracket.Exit(OrderRole.Stop)!.Placement.Outcome);
        Assert.Contains(alerts, a => a is { Code: "exit-unprotected", IsUrgent: true });
        var stops = (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Where(o => o.OrderRef.Role == OrderRole.Stop).ToList();
        Assert.Single(stops);
    }

    [Fact]
    public async Task PartialExitFill_OcaType2_RestStaysProtectedNothingReplaced()
    {
        var scenario = new SimulationScenario { PartialFillQuantity = 1, PartialFillRemainderAfter = TimeSpan.FromSeconds(10) };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), scenario, options: new StrategyOptions { TimeExit = new TimeOnly(9, 40) });
        var legs = w.Legs();
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(legs, quantity: 2);
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);
        await w.PumpAsync(watch, events.Reader);

        w.Clock.AdvanceTo(OrdersWorld.Et(9, 40, 1));
        var alerts = await w.PumpAsync(watch, events.Reader);
        var time = watch.Exits.Fill(OrderRole.Time)!;
        var open = await w.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, w.Token);
        var positions = (await w.Client.GetPositionsAsync(w.Token)).Where(p => p.Position != 0 && new[] { legs.LongPutConId, legs.ShortPutConId, legs.ShortCallConId, legs.LongCallConId }.Contains(p.Contract.ConId)).ToList();

        Assert.Equal(2, bracket.Group.OcaType);
        Assert.Equal(1m, time.Filled);
        Assert.False(watch.IsClosed);
        Assert.Equal((ExitCondition.Working, ExitCondition.Working), (watch.Exits.Condition(OrderRole.Target), watch.Exits.Condition(OrderRole.Stop)));
        Assert.Contains(open, o => o.Order.OrderRef == bracket.Exit(OrderRole.Stop)!.Order.OrderRef);
        Assert.Contains(open, o => o.Order.OrderRef == bracket.Exit(OrderRole.Target)!.Order.OrderRef);
        Assert.Equal(4, positions.Count);
        Assert.All(positions, p => Assert.Equal(1m, Math.Abs(p.Position!.Value))); // one condor left, still protected

        await w.AdvanceAsync(TimeSpan.FromSeconds(10));
        alerts.AddRange(await w.PumpAsync(watch, events.Reader));

        Assert.True(watch.IsClosed);
        Assert.Equal((ExitCondition.Cancelled, ExitCondition.Cancelled), (watch.Exits.Condition(OrderRole.Target), watch.Exits.Condition(OrderRole.Stop)));
        Assert.DoesNotContain(alerts, a => a.Code.StartsWith("exit-", StringComparison.Ordinal));
        Assert.Equal(4, (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Count);
        await ExitPathTests.AssertClosedAsync(w, entry, ExitReason.Time);
    }
}
