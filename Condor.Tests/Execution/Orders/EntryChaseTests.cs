using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Execution.Orders;

/// <summary>Phase 7 over a real socket to the simulator on its virtual clock, with a real SQLite journal.</summary>
public sealed class EntryChaseTests
{
    [Fact]
    public async Task RunAsync_NoFillAtMid_FillsAfterTwoSteps()
    {
        // fills only at the natural; each step moves half of mid → natural, so step 2 reaches it
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), fillProbability: 0);
        var legs = w.Legs();
        var progress = new ProgressLog();
        var chase = new EntryChase(w.Context) { Progress = progress.Sink };
        var request = w.Request(legs, spreadFraction: 0.5m);

        var run = chase.RunAsync(request, w.Token);
        var placed = await progress.WaitForAsync("Placed", run: run);
        await w.AdvanceAsync(TimeSpan.FromSeconds(5));
        var first = await progress.WaitForAsync("Repriced", run: run);
        var filledAfterOne = run.IsCompleted;
        await w.AdvanceAsync(TimeSpan.FromSeconds(5));
        var second = await progress.WaitForAsync("Repriced", 2, run);
        var result = await run;

        Assert.False(filledAfterOne, "not filled after one step");
        Assert.Equal((0, 1, 2), (placed.Step, first.Step, second.Step));
        Assert.True(placed.LimitCredit > first.LimitCredit && first.LimitCredit > second.LimitCredit, $"{placed.LimitCredit} > {first.LimitCredit} > {second.LimitCredit}");
        Assert.Equal(EntryOutcome.Filled, result.Outcome);
        Assert.Equal(1, result.FilledQuantity);
        Assert.Equal(second.LimitCredit, result.AverageFillCredit);
        var trade = await w.Journal.GetTradeAsync(result.TradeId, w.Token);
        Assert.Equal(TradeStatus.Open, trade!.Status);
        Assert.Equal(result.AverageFillCredit, trade.Credit);
    }

    [Fact]
    public async Task RunAsync_FloorAboveTheNatural_NeverPricedBelowTheMinimumCredit()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), new SimulationScenario { NeverFill = true });
        var legs = w.Legs();
        var mid = w.Combo(legs).MidCredit;
        var floor = Math.Floor(mid / 0.05m) * 0.05m - 0.10m; // two steps below the first price
        var progress = new ProgressLog();
        var chase = new EntryChase(w.Context) { Progress = progress.Sink };

        var run = chase.RunAsync(w.Request(legs, minCredit: floor), w.Token);
        await progress.WaitForAsync("Placed", run: run);
        for (var second = 5; second < 60; second += 5)
        {
            await w.AdvanceAsync(TimeSpan.FromSeconds(5));
            await progress.WaitForStepAsync(second / 5, run);
            var open = await w.Client.GetOpenOrdersAsync(Engine.Tws.Client.OpenOrdersScope.ThisClient, w.Token);
            Assert.All(open, o => Assert.True(-o.Order.LmtPrice >= floor, $"limit {o.Order.LmtPrice} is below the floor {floor} at +{second} s"));
        }

        await w.AdvanceAsync(TimeSpan.FromSeconds(5));
        var result = await run;

        var prices = progress.Seen.Where(p => p.LimitCredit is not null).Select(p => p.LimitCredit!.Value).ToList();
        Assert.All(prices, p => Assert.True(p >= floor, $"{p} < {floor}"));
        Assert.True(floor == prices.Min(), string.Join(", ", progress.Seen.Select(p => $"{p.What} {p.LimitCredit} step {p.Step} at {p.At:HH:mm:ss} {p.Reason}")));
        Assert.Equal(EntryOutcome.Unfilled, result.Outcome);
    }

    [Fact]
    public async Task RunAsync_NoFillByTheDeadline_CancelledConfirmedNoWorkingOrderTradeAbandoned()
    {
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), new SimulationScenario { NeverFill = true });
        var legs = w.Legs();
        var progress = new ProgressLog();
        var chase = new EntryChase(w.Context) { Progress = progress.Sink };

        var run = chase.RunAsync(w.Request(legs), w.Token);
        await progress.WaitForAsync("Placed", run: run);
        for (var second = 0; second < 60; second += 5)
        {
            await w.AdvanceAsync(TimeSpan.FromSeconds(5));
        }

        var result = await run;

        Assert.Equal((EntryOutcome.Unfilled, 0, true), (result.Outcome, result.FilledQuantity, result.CancellationConfirmed));
        Assert.Contains(progress.Seen, p => p.What == "CancelSent");
        Assert.Empty(await w.Client.GetOpenOrdersAsync(Engine.Tws.Client.OpenOrdersScope.ThisClient, w.Token));
        var trade = await w.Journal.GetTradeAsync(result.TradeId, w.Token);
        Assert.Equal(TradeStatus.NotFilled, trade!.Status);
        Assert.Null(await w.Journal.GetOpenTradeAsync(OrdersWorld.Session, w.Token));
        var entry = Assert.Single(await w.Journal.GetOrdersAsync(result.TradeId, w.Token));
        Assert.Equal("condor:20261123:entry:1", entry.OrderRef.ToString());
        Assert.Equal("Cancelled", entry.Status);
    }

    [Fact]
    public async Task RunAsync_PartialFillAtTheDeadline_RestCancelledFilledPartProtectedWithOcaType2()
    {
        var scenario = new SimulationScenario { PartialFillQuantity = 2 };
        await using var w = await OrdersWorld.StartAsync(new TimeOnly(9, 32), scenario, fillProbability: 1);
        var legs = w.Legs();
        var progress = new ProgressLog();
        var chase = new EntryChase(w.Context) { Progress = progress.Sink };

        var run = chase.RunAsync(w.Request(legs, quantity: 3), w.Token);
        await progress.WaitForAsync("Placed", run: run);
        for (var second = 0; second < 60 && !run.IsCompleted; second += 5)
        {
            await w.AdvanceAsync(TimeSpan.FromSeconds(5));
        }

        var result = await run;
        var bracket = await new ExitBracket(w.Context).PlaceAsync(w.PositionOf(result, legs), w.Token);

        Assert.Equal((EntryOutcome.PartialAtDeadline, 2, true), (result.Outcome, result.FilledQuantity, result.CancellationConfirmed));
        Assert.True(bracket.Protected, string.Join("; ", bracket.Alerts.Select(a => a.Message)));
        var open = await w.Client.GetOpenOrdersAsync(Engine.Tws.Client.OpenOrdersScope.ThisClient, w.Token);
        Assert.Equal(3, open.Count);
        Assert.All(open, o => Assert.Equal((2m, 2, bracket.Group.Name, "SELL"), (o.Order.TotalQuantity, o.Order.OcaType, o.Order.OcaGroup, o.Order.Action)));
        var entry = (await w.Journal.GetOrdersAsync(result.TradeId, w.Token)).Single(o => o.OrderRef.Role == OrderRole.Entry);
        Assert.Equal("Cancelled", entry.Status);
    }
}
