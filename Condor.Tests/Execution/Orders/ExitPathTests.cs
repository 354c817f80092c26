using Condor.Engine.Broker;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;

namespace Condor.Tests.Execution.Orders;

/// <summary>Each exit path from a filled condor, over the simulator on its virtual clock, with the journal's outcome.</summary>
public sealed class ExitPathTests
{
    [Fact]
    public async Task Target_DecaysToTheTarget_ClosedAsProfitTargetSiblingsCancelledNothingReplaced()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), options: new StrategyOptions { TimeExit = new TimeOnly(15, 30) });
        var legs = w.Legs(outOfMoney: 0.015m);
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(legs);
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);

        var alerts = await w.RunUntilClosedAsync(watch, events.Reader, maxMinutes: 360);

        Assert.True(bracket.Protected);
        Assert.Equal(ExitCondition.Executed, watch.Exits.Condition(OrderRole.Target));
        Assert.Equal((ExitCondition.Cancelled, ExitCondition.Cancelled), (watch.Exits.Condition(OrderRole.Stop), watch.Exits.Condition(OrderRole.Time)));
        Assert.DoesNotContain(alerts, a => a.Code.StartsWith("exit-", StringComparison.Ordinal));
        Assert.Equal(4, (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Count); // entry, target, stop, time: nothing re-placed
        var trade = await AssertClosedAsync(w, entry, ExitReason.ProfitTarget);
        Assert.Equal(bracket.Plan.TargetDebit.Value, trade.ExitPrice); // the limit fills at its price
    }

    [Fact]
    public async Task Stop_BrokersStopOnTheMidPoint_ClosedAsStop()
    {
        var options = new StrategyOptions { StopMultiple = 1.3m, ProfitTargetPercent = 99, StopTriggerMethod = TriggerMethod.MidPoint, TimeExit = new TimeOnly(15, 30) };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), options: options, seed: 2); // a seed whose index runs through the stop
        var legs = w.Legs(outOfMoney: 0.003m);
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(legs);
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);

        await w.RunUntilClosedAsync(watch, events.Reader, maxMinutes: 360);

        Assert.Equal(ExitCondition.Executed, watch.Exits.Condition(OrderRole.Stop));
        Assert.Equal((ExitCondition.Cancelled, ExitCondition.Cancelled), (watch.Exits.Condition(OrderRole.Target), watch.Exits.Condition(OrderRole.Time)));
        var stop = bracket.Exit(OrderRole.Stop)!.Order;
        Assert.Equal((TriggerMethod.MidPoint, "STP", -bracket.Plan.StopTrigger.Value), (stop.TriggerMethod, stop.OrderType, stop.AuxPrice));
        await AssertClosedAsync(w, entry, ExitReason.Stop);
    }

    [Fact]
    public async Task OwnStop_BrokersStopNeverFires_TargetRepricedToMarketableNoSecondClosingOrder()
    {
        // the broker's stop on Last never fires on a combo (no trades print), as IB's default would not
        var options = new StrategyOptions { StopMultiple = 1.3m, ProfitTargetPercent = 99, StopTriggerMethod = TriggerMethod.Last, TimeExit = new TimeOnly(15, 30) };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), options: options, seed: 2);
        var legs = w.Legs(outOfMoney: 0.003m);
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(legs);
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);
        var alerts = new List<OrderAlert>();
        var reports = new List<WatchReport>();

        for (var minute = 0; minute < 360 && !watch.IsClosed; minute++)
        {
            var report = await watch.ObserveAsync(w.Tick(legs), w.Token);
            reports.Add(report);
            alerts.AddRange(report.Alerts);
            var step = report.Pnl.MidDebit >= bracket.Plan.StopTrigger.Value ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1);
            await w.AdvanceAsync(step);
            alerts.AddRange(await w.PumpAsync(watch, events.Reader));
        }

        Assert.True(watch.TargetRepriced);
        var repricedAt = reports.FindIndex(r => r.TargetRepriced);
        var breachedAt = reports.FindIndex(r => r.Pnl.MidDebit >= bracket.Plan.StopTrigger.Value);
        Assert.True(reports[repricedAt].Pnl.At - reports[breachedAt].Pnl.At >= TimeSpan.FromSeconds(3), "re-priced only after StopConfirmSeconds at or beyond the stop");
        Assert.Contains(alerts, a => a is { Code: "own-stop", IsUrgent: true });
        Assert.Equal(ExitCondition.Executed, watch.Exits.Condition(OrderRole.Target));
        Assert.Equal((ExitCondition.Cancelled, ExitCondition.Cancelled), (watch.Exits.Condition(OrderRole.Stop), watch.Exits.Condition(OrderRole.Time)));
        Assert.Equal(4, (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Count); // no second closing order
        var completed = await w.Client.GetCompletedOrdersAsync(apiOnly: true, w.Token);
        var target = Assert.Single(completed, c => c.Order.OrderRef == bracket.Exit(OrderRole.Target)!.Order.OrderRef);
        Assert.Equal("LMT", target.Order.OrderType); // a modification changes the price, not the type
        Assert.True(-target.Order.LmtPrice > bracket.Plan.StopTrigger.Value, $"marketable: {target.Order.LmtPrice}");
        var positions = await w.Client.GetPositionsAsync(w.Token);
        Assert.DoesNotContain(positions, p => p.Position != 0 && new[] { legs.LongPutConId, legs.ShortPutConId, legs.ShortCallConId, legs.LongCallConId }.Contains(p.Contract.ConId));
        await AssertClosedAsync(w, entry, ExitReason.ProfitTarget); // the target order closed it
    }

    [Fact]
    public async Task TimeExit_AtTheConfiguredTime_ClosedAsTime()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), options: new StrategyOptions { TimeExit = new TimeOnly(9, 40) });
        var legs = w.Legs();
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(legs);
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);

        await w.AdvanceAsync(TimeSpan.FromMinutes(7));
        await w.PumpAsync(watch, events.Reader);
        var closedBefore = watch.IsClosed;
        await w.RunUntilClosedAsync(watch, events.Reader, maxMinutes: 2);

        Assert.False(closedBefore, "nothing closes before 09:40");
        Assert.Equal(OrdersWorld.Session.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + " 09:40:00 US/Eastern", bracket.Exit(OrderRole.Time)!.Order.GoodAfterTime);
        Assert.Equal(ExitCondition.Executed, watch.Exits.Condition(OrderRole.Time));
        await AssertClosedAsync(w, entry, ExitReason.Time);
    }

    [Fact]
    public async Task Expiry_ExitsHeldUntilTheClose_ClosedAsExpiryFromTheSettlementProvisionalUntilPositionsClear()
    {
        // the target (2nd LMT), the stop and the time exit wait for a confirmation that never comes: nothing exits
        var scenario = new SimulationScenario
        {
            OrderFaults =
            [
                new OrderFault(OrderFaultKind.ConfirmationHold, "LMT", Occurrence: 2),
                new OrderFault(OrderFaultKind.ConfirmationHold, "STP"),
                new OrderFault(OrderFaultKind.ConfirmationHold, "MKT"),
            ],
        };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(15, 50), scenario);
        var legs = w.Legs(outOfMoney: 0.002m);
        await using var events = w.Client.SubscribeBrokerEvents();
        var (entry, position) = await w.EnterAsync(legs);
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var watch = new PositionWatch(position, bracket, w.Context);
        var expiry = new ExpiryClose(w.Context);
        var tooEarly = await Record.ExceptionAsync(() => expiry.CloseAsync(position, w.Index, w.Token));

        w.Clock.AdvanceTo(OrdersWorld.Et(16, 1));
        var alerts = await w.PumpAsync(watch, events.Reader);
        var close = w.Market.Path.At(w.TradingSession.Close).SpxPrice;
        var result = await expiry.CloseAsync(position, close, w.Token);
        var confirmedAtOnce = await expiry.ConfirmAsync(position, w.Token);
        await w.AdvanceAsync(TimeSpan.FromHours(13)); // the broker's overnight processing removes the expired legs
        var confirmed = await expiry.ConfirmAsync(position, w.Token);

        Assert.IsType<InvalidOperationException>(tooEarly);
        Assert.True(bracket.Protected);
        Assert.DoesNotContain(alerts, a => a.Code == "exit-replaced"); // cancelled at the close: nothing re-placed
        Assert.Equal(4, (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Count);
        Assert.True(result.Provisional);
        Assert.False(confirmedAtOnce);
        Assert.True(confirmed);
        var trade = result.Trade;
        Assert.Equal((TradeStatus.Closed, ExitReason.Expiry, close), (trade.Status, trade.ExitReason, trade.SettlementPrice));
        var c = legs.Condor;
        var settlement = Math.Max(0, c.ShortPut.Strike - close) - Math.Max(0, c.LongPut.Strike - close)
            + Math.Max(0, close - c.ShortCall.Strike) - Math.Max(0, close - c.LongCall.Strike);
        Assert.Equal(Math.Round((entry.AverageFillCredit!.Value - settlement) * 100, 2), Math.Round(trade.PnlGross!.Value, 2));
        Assert.Equal(Math.Round(trade.PnlGross!.Value - w.Commissions, 2), Math.Round(trade.PnlNet!.Value, 2));
    }

    /// <summary>The trade is closed with that reason, its legs, orders, executions and commissions journaled, and the P/L the broker's fills give.</summary>
    internal static async Task<TradeRecord> AssertClosedAsync(OrdersWorld w, EntryResult entry, ExitReason reason)
    {
        await w.SyncAsync();
        var trade = (await w.Journal.GetTradeAsync(entry.TradeId, w.Token))!;
        Assert.Equal((TradeStatus.Closed, reason), (trade.Status, trade.ExitReason));
        Assert.Equal(entry.AverageFillCredit, trade.Credit);
        Assert.Equal(4, trade.Legs.Count);
        var closing = w.Seen.OfType<OrderExecuted>().Where(x => x.IsCombo && x.OrderRef != entry.OrderRef).ToList();
        var debit = closing.Sum(x => Math.Abs(x.Price) * x.Quantity) / closing.Sum(x => x.Quantity);
        var gross = (entry.AverageFillCredit!.Value - debit) * 100 * entry.FilledQuantity;
        Assert.Equal(Math.Round(gross, 2), Math.Round(trade.PnlGross!.Value, 2));
        Assert.Equal(0, trade.CommissionsPending);
        Assert.True(trade.Commissions > 0);
        Assert.Equal(Math.Round(trade.PnlGross!.Value - trade.Commissions!.Value, 2), Math.Round(trade.PnlNet!.Value, 2));
        Assert.Equal(w.Commissions, trade.Commissions); // every commission the broker reported, entry and exit
        return trade;
    }
}
