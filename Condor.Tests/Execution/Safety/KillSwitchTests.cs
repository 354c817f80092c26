using System.ComponentModel.DataAnnotations;
using Condor.Engine.Broker;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Execution.Safety;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;
using Condor.Tests.Execution.Orders;
using Condor.Tests.Simulation.EndToEnd;

namespace Condor.Tests.Execution.Safety;

/// <summary>The kill switch over the simulator on its virtual clock, with a real SQLite journal.</summary>
public sealed class KillSwitchTests
{
    private static readonly StrategyOptions Options = new() { TimeExit = new TimeOnly(15, 30) };

    [Fact]
    public async Task NothingOpen_BlocksEntriesPersistentlySendsNothingDone()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 31), options: Options);
        var kill = new KillSwitch(w.Context, new SafetyOptions());

        var result = await kill.PressAsync(new KillRequest(OrdersWorld.Session, AuditActor.OwnerWeb), w.Token);

        Assert.Equal(KillOutcome.Done, result.Outcome);
        Assert.Empty(result.Cancelled);
        Assert.Empty(result.CloseOrderRefs);
        Assert.Equal("kill", result.Alerts[0].Code);
        Assert.Equal(OrderAlertSeverity.Urgent, result.Alerts[0].Severity);
        Assert.Equal(KillSwitch.DoneState, await w.Journal.GetEngineFlagAsync(KillSwitch.FlagKey(OrdersWorld.Session), w.Token));
        Assert.False(await w.Journal.TryClaimSessionKeyAsync(OrdersWorld.Session, TradingEngine.EntrySessionKey, w.Token)); // the engine's once-per-session entry key is taken
        Assert.True(await kill.IsKilledAsync(OrdersWorld.Session, w.Token));
        Assert.Empty(await w.Client.GetOpenOrdersAsync(OpenOrdersScope.AllClients, w.Token));
    }

    [Fact]
    public async Task OpenCondor_ExitsCancelledConfirmed_ClosedByOneKillOrder_FlatAtTheBroker_ReasonKill()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), options: Options);
        var legs = w.Legs(outOfMoney: 0.015m);
        var (entry, position) = await w.EnterAsync(legs);
        var bracket = await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        Assert.True(bracket.Protected);
        var kill = new KillSwitch(w.Context, new SafetyOptions { KillUseMarketAfterSeconds = 30 });

        var result = await DriveAsync(w, kill.PressAsync(Request(w, legs), w.Token));

        Assert.True(result.Outcome == KillOutcome.Done, result.Message);
        Assert.Equal(3, result.Cancelled.Count); // target, stop, time: each confirmed by the gateway
        Assert.Empty(result.NotConfirmed);
        Assert.Single(result.CloseOrderRefs);
        Assert.Contains(":kill:", result.CloseOrderRefs[0], StringComparison.Ordinal);
        Assert.Equal(1, result.ClosedQuantity);
        Assert.True(result.Flat);
        Assert.Equal(ExitReason.Kill, result.Trade!.ExitReason);
        var trade = await w.Journal.GetTradeAsync(entry.TradeId, w.Token);
        Assert.Equal((TradeStatus.Closed, ExitReason.Kill), (trade!.Status, trade.ExitReason));
        await AssertFlatAsync(w, legs);
        Assert.Empty(await w.Client.GetOpenOrdersAsync(OpenOrdersScope.AllClients, w.Token));
        var orders = await w.Journal.GetOrdersAsync(entry.TradeId, w.Token);
        Assert.Equal(5, orders.Count); // entry, three exits, one kill order
    }

    [Fact]
    public async Task OpenCondor_LimitNeverFills_MarketAsTheLastResortAfterTheConfiguredSeconds()
    {
        // a limit fills only at the natural: the entry chases to it at once, the kill's limit creeps by a cent and never gets there
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), fillProbability: 0, options: Options);
        var legs = w.Legs(outOfMoney: 0.015m);
        var entry = await DriveAsync(w, new EntryChase(w.Context).RunAsync(w.Request(legs, spreadFraction: 1m), w.Token));
        Assert.True(entry.Outcome == EntryOutcome.Filled, entry.Reason);
        var kill = new KillSwitch(w.Context, new SafetyOptions { KillUseMarketAfterSeconds = 10, KillRepriceIntervalSeconds = 5, KillChaseStep = 0.01m });
        var pressedAt = w.Now;

        var result = await DriveAsync(w, kill.PressAsync(Request(w, legs), w.Token));

        Assert.True(result.Outcome == KillOutcome.Done, result.Message);
        Assert.Equal(2, result.CloseOrderRefs.Count); // the limit, cancelled (confirmed), then the market order
        var orders = await w.Journal.GetOrdersAsync(entry.TradeId, w.Token);
        var kills = orders.Where(o => o.OrderRef.ToString().Contains(":kill:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["LMT", "MKT"], kills.Select(o => o.OrderType));
        Assert.True(w.Now - pressedAt >= TimeSpan.FromSeconds(10), "the market order came only after KillUseMarketAfterSeconds");
        Assert.Equal(ExitReason.Kill, result.Trade!.ExitReason);
        await AssertFlatAsync(w, legs);
    }

    [Fact]
    public async Task DuringTheChase_EntryCancelledConfirmed_ChaseEndsUnfilled_NothingToClose()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), fillProbability: 0, options: Options);
        var legs = w.Legs(outOfMoney: 0.015m);
        var progress = new ProgressLog();
        var chase = new EntryChase(w.Context) { Progress = progress.Sink }.RunAsync(w.Request(legs, window: TimeSpan.FromMinutes(5), step: 0.01m), w.Token);
        await progress.WaitForAsync("Placed", run: chase);
        var kill = new KillSwitch(w.Context, new SafetyOptions());

        var result = await DriveAsync(w, kill.PressAsync(Request(w, legs), w.Token));
        var entry = await DriveAsync(w, chase);

        Assert.True(result.Outcome == KillOutcome.Done, result.Message);
        Assert.Equal([entry.OrderRef], result.Cancelled);
        Assert.Empty(result.CloseOrderRefs);
        Assert.Equal(0, entry.FilledQuantity);
        Assert.NotEqual(EntryOutcome.Filled, entry.Outcome);
        Assert.Empty(await w.Client.GetOpenOrdersAsync(OpenOrdersScope.AllClients, w.Token));
        Assert.False(await w.Journal.TryClaimSessionKeyAsync(OrdersWorld.Session, TradingEngine.EntrySessionKey, w.Token));
    }

    [Fact]
    public async Task PressedTwice_TheSecondDoesNothingMore()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), options: Options);
        var legs = w.Legs(outOfMoney: 0.015m);
        var (entry, position) = await w.EnterAsync(legs);
        await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var kill = new KillSwitch(w.Context, new SafetyOptions());
        var first = await DriveAsync(w, kill.PressAsync(Request(w, legs), w.Token));
        var ordersAfterFirst = (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Count;
        var auditAfterFirst = (await w.Journal.GetAuditAsync(DateTimeOffset.MinValue, 1000, w.Token)).Count;

        var second = await kill.PressAsync(Request(w, legs), w.Token);

        Assert.Equal(KillOutcome.Done, first.Outcome);
        Assert.Equal(KillOutcome.AlreadyDone, second.Outcome);
        Assert.Empty(second.Cancelled);
        Assert.Empty(second.CloseOrderRefs);
        Assert.Equal(ordersAfterFirst, (await w.Journal.GetOrdersAsync(entry.TradeId, w.Token)).Count);
        Assert.Equal(auditAfterFirst, (await w.Journal.GetAuditAsync(DateTimeOffset.MinValue, 1000, w.Token)).Count);
    }

    [Fact]
    public async Task ForeignOrderAndPosition_AnotherClientsEvenWithOurOrderRef_LeftUntouched()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), options: Options);
        await using var other = ContractSession.NewClient(w.Gateway.Port, clientId: 9);
        await other.ConnectAsync(w.Token);
        w.Client.ReserveOrderIdsThrough(1000); // the simulator keys order ids by id alone (IB: per client): keep the two clients' ids apart
        var foreignLegs = w.Legs(outOfMoney: 0.005m);
        var marketable = IndexOptionContract.Spx.ComboTick.RoundDown(w.Combo(foreignLegs).NaturalCredit).Value;
        var foreignCombo = CondorOrders.Combo(foreignLegs);
        // another client's filled condor (a position), and its working order carrying an orderRef of Condor's form
        await other.PlaceOrderAsync(foreignCombo, CondorOrders.Entry(1, marketable, new OrderRef(OrdersWorld.Session, OrderRole.Entry, 8)), w.Token);
        for (var second = 0; second < 5; second++)
        {
            await w.AdvanceAsync(TimeSpan.FromSeconds(1));
        }

        var working = await other.PlaceOrderAsync(foreignCombo, CondorOrders.Entry(1, 50m, new OrderRef(OrdersWorld.Session, OrderRole.Entry, 9)), w.Token);
        var legs = w.Legs(outOfMoney: 0.015m);
        var (_, position) = await w.EnterAsync(legs);
        await new ExitBracket(w.Context).PlaceAsync(position, w.Token);
        var foreignBefore = await HeldAsync(w, foreignLegs);
        Assert.NotEqual(0m, foreignBefore[0]);

        var result = await DriveAsync(w, new KillSwitch(w.Context, new SafetyOptions()).PressAsync(Request(w, legs), w.Token));

        Assert.True(result.Outcome == KillOutcome.Done, result.Message);
        Assert.DoesNotContain(working.OrderRef, result.Cancelled);
        Assert.Contains(result.Alerts, a => a.Code == "kill-foreign-left");
        var open = await w.Client.GetOpenOrdersAsync(OpenOrdersScope.AllClients, w.Token);
        Assert.Single(open);
        Assert.Equal((9, working.OrderRef), (open[0].Order.ClientId, open[0].Order.OrderRef));
        Assert.Equal(foreignBefore, await HeldAsync(w, foreignLegs));
        await AssertFlatAsync(w, legs);
    }

    [Fact]
    public async Task Disconnected_AcceptedPersistedPending_ExecutedOnThePressAfterReconnect()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 31), options: Options);
        var kill = new KillSwitch(w.Context, new SafetyOptions());
        await w.Client.DisconnectAsync(w.Token);

        var pending = await kill.PressAsync(new KillRequest(OrdersWorld.Session, AuditActor.OwnerWeb), w.Token);
        var pendingFlag = await kill.IsPendingAsync(OrdersWorld.Session, w.Token);
        await ReconnectAsync(w);
        var executed = await kill.PressAsync(new KillRequest(OrdersWorld.Session, AuditActor.Engine), w.Token);

        Assert.Equal(KillOutcome.Pending, pending.Outcome);
        Assert.Equal("kill-pending", pending.Alerts[0].Code);
        Assert.True(pendingFlag);
        Assert.False(await w.Journal.TryClaimSessionKeyAsync(OrdersWorld.Session, TradingEngine.EntrySessionKey, w.Token)); // blocked at once, while disconnected
        Assert.Equal(KillOutcome.Done, executed.Outcome);
        Assert.False(await kill.IsPendingAsync(OrdersWorld.Session, w.Token));
    }

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(0, 5, true)]
    [InlineData(3, 5, false)] // market before the first re-price: a misconfiguration
    [InlineData(601, 5, false)]
    [InlineData(30, 0, false)]
    public void Options_Validated(int useMarketAfter, int reprice, bool valid)
    {
        var options = new SafetyOptions { KillUseMarketAfterSeconds = useMarketAfter, KillRepriceIntervalSeconds = reprice };

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    private static KillRequest Request(OrdersWorld w, CondorLegs legs) =>
        new(OrdersWorld.Session, AuditActor.OwnerWeb, legs, _ => ValueTask.FromResult<IronCondor?>(w.QuotesOf(legs)));

    /// <summary>
    /// Connects again with the same client id. The gateway frees the id only once it has seen the old socket close,
    /// which can come after our disconnect returns (IB behaves alike): a 326 then is retried, a bounded number of times.
    /// </summary>
    private static async Task ReconnectAsync(OrdersWorld w)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await w.Client.ConnectAsync(w.Token);
                return;
            }
            catch (Condor.Engine.Tws.Client.TwsClientIdInUseException) when (attempt < 50)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), w.Token);
            }
        }
    }

    /// <summary>Moves the virtual clock a second at a time (the simulator evaluates fills once a second) until the task ends.</summary>
    private static async Task<T> DriveAsync<T>(OrdersWorld w, Task<T> task)
    {
        while (!task.IsCompleted)
        {
            w.Token.ThrowIfCancellationRequested();
            await w.SyncAsync(); // round trips to the simulator, so the component takes what arrived before the clock moves on
            await w.AdvanceAsync(TimeSpan.FromSeconds(1));
        }

        return await task;
    }

    private static async Task<decimal[]> HeldAsync(OrdersWorld w, CondorLegs legs)
    {
        var positions = await w.Client.GetPositionsAsync(w.Token);
        int[] ids = [legs.LongPutConId, legs.ShortPutConId, legs.ShortCallConId, legs.LongCallConId];
        return [.. ids.Select(id => positions.Where(p => p.Contract.ConId == id).Sum(p => p.Position ?? 0m))];
    }

    private static async Task AssertFlatAsync(OrdersWorld w, CondorLegs legs) =>
        Assert.All(await HeldAsync(w, legs), held => Assert.Equal(0m, held));
}
