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
}
