using Condor.Engine.Broker;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Tests.Execution.Experiment;

/// <summary>The exit bracket on the real quotes: the profit target, the stop by its trigger method and the time exit, one OCA group.</summary>
public sealed class ExperimentExitTests
{
    [Fact]
    public async Task Target_AtTheBid_FillsAndTheStopAndTimeExitAreCancelledWith202()
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32);
        var (bag, _) = await w.EnterAtNaturalAsync();
        var (stop, time) = await StopAndTimeAsync(w, bag, stopPrice: -50m, oca: "exit-target");
        var (bid, _, _) = w.Quote(bag);

        var target = await w.PlaceAsync(bag, w.Order("SELL", "LMT", bid, oca: "exit-target"));

        var filled = await w.StatusAsync(target.OrderId, "Filled");
        await w.StatusAsync(stop.OrderId, "Cancelled");
        await w.StatusAsync(time.OrderId, "Cancelled");
        Assert.Equal(bid, filled.AvgFillPrice);
        Assert.False(w.HasStatus(stop.OrderId, "Filled") || w.HasStatus(time.OrderId, "Filled"));
        Assert.Contains(w.Typed.Seen, e => e is OrderErrorReported { Code: 202 } r && r.OrderId == stop.OrderId);
        Assert.Contains(w.Typed.Seen, e => e is OrderErrorReported { Code: 202 } r && r.OrderId == time.OrderId);
    }

    [Fact]
    public async Task Stop_MidMovesThroughItsPrice_TriggersByMidPointAndFillsTargetAndTimeExitCancelled()
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32);
        var (bag, _) = await w.EnterAtNaturalAsync();
        var (_, _, mid) = w.Quote(bag);
        var stopPrice = Math.Floor((mid - 0.05m) / 0.05m) * 0.05m;
        var target = await w.PlaceAsync(bag, w.Order("SELL", "LMT", 5m, oca: "exit-stop"));
        var (stop, time) = await StopAndTimeAsync(w, bag, stopPrice, oca: "exit-stop");
        var filledAtOnce = w.HasStatus(stop.OrderId, "Filled");

        for (var minute = 0; minute < 120 && !w.HasStatus(stop.OrderId, "Filled"); minute++)
        {
            await w.JumpAsync(TimeSpan.FromMinutes(1));
        }

        var filled = await w.StatusAsync(stop.OrderId, "Filled");
        await w.StatusAsync(target.OrderId, "Cancelled");
        await w.StatusAsync(time.OrderId, "Cancelled");
        Assert.False(filledAtOnce, "the stop was placed below the mid");
        Assert.Equal("PreSubmitted", stop.Status);
        Assert.True(filled.AvgFillPrice <= stopPrice, $"a sell stop fills at or below its stop ({filled.AvgFillPrice} > {stopPrice})");
        Assert.False(w.HasStatus(target.OrderId, "Filled") || w.HasStatus(time.OrderId, "Filled"));
    }

    [Fact]
    public async Task TimeExit_GoodAfterTime_HeldUntil1130ThenFillsAtTheNaturalPriceAndTheOthersAreCancelled()
    {
        await using var w = await ExperimentWorld.StartAsync(11, 29);
        var (bag, _) = await w.EnterAtNaturalAsync();
        var target = await w.PlaceAsync(bag, w.Order("SELL", "LMT", 5m, oca: "exit-time"));
        var (stop, time) = await StopAndTimeAsync(w, bag, stopPrice: -50m, oca: "exit-time");

        await w.StepAsync(TimeSpan.FromSeconds(59));
        var filledEarly = w.HasStatus(time.OrderId, "Filled");
        await w.StepAsync(TimeSpan.FromSeconds(1));
        var (bid, _, _) = w.Quote(bag); // the quotes of 11:30:00

        var filled = await w.StatusAsync(time.OrderId, "Filled");
        var execution = Assert.Single(w.Typed.Seen.OfType<OrderExecuted>(), e => e.IsCombo && e.OrderId == time.OrderId);
        Assert.Equal("PreSubmitted", time.Status);
        Assert.False(filledEarly, "a time exit must not fill before its goodAfterTime");
        Assert.Equal(Simulation.Gateway.GatewayHarness.Et(11, 30), execution.ExecutedAt);
        Assert.Equal(bid, filled.AvgFillPrice); // a market order sells at the bid
        await w.StatusAsync(target.OrderId, "Cancelled");
        await w.StatusAsync(stop.OrderId, "Cancelled");
    }

    /// <summary>The stop (trigger method mid-point) and the 11:30 time exit of a bracket.</summary>
    private static async Task<(OrderPlacement Stop, OrderPlacement Time)> StopAndTimeAsync(ExperimentWorld w, Contract bag, decimal stopPrice, string oca)
    {
        var stop = await w.PlaceAsync(bag, w.Order("SELL", "STP", aux: stopPrice, oca: oca));
        var time = await w.PlaceAsync(bag, w.Order("SELL", "MKT", oca: oca, goodAfter: $"{w.Expiry} 11:30:00 US/Eastern"));
        return (stop, time);
    }
}
