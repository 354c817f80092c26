using Condor.Engine.Broker;
using Condor.Engine.Execution.Experiment;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Execution.Experiment;

/// <summary>Experiment mode sends no placeOrder of any kind to the gateway (issue 12, "Modes"), over a whole condor flow.</summary>
public sealed class ExperimentNoOrdersTests
{
    [Fact]
    public async Task WholeCondorFlow_ChaseCancelOcaExitsAndFills_GatewayReceivesNoPlaceCancelOrWhatIf()
    {
        await using var w = await ExperimentWorld.StartAsync(9, 32);
        var idsBefore = w.Harness.Gateway.NextOrderId;
        var bag = w.Condor();
        var (_, ask, mid) = w.Quote(bag);

        var whatIf = await w.Gateway.WhatIfAsync(bag, w.Order("BUY", "LMT", mid), w.Token);
        var entry = await ChaseAsync(w, bag, Credit(mid), ask);
        var stray = await w.PlaceAsync(bag, w.Order("BUY", "LMT", -9m));
        await w.Gateway.CancelOrderAsync(stray.OrderRef, w.Token);
        await w.StatusAsync(stray.OrderId, "Cancelled");
        var target = await w.PlaceAsync(bag, w.Order("SELL", "LMT", -0.50m, oca: "exit"));
        var stop = await w.PlaceAsync(bag, w.Order("SELL", "STP", aux: -50m, oca: "exit"));
        var time = await w.PlaceAsync(bag, w.Order("SELL", "MKT", oca: "exit", goodAfter: $"{w.Expiry} 09:40:00 US/Eastern"));
        await w.JumpAsync(TimeSpan.FromMinutes(8));
        await w.StepAsync(TimeSpan.FromSeconds(5));
        await w.StatusAsync(time.OrderId, "Filled");
        await w.Client.RequestCurrentTimeAsync(w.Token); // everything the client sent before has passed the tap

        Assert.False(whatIf.HasMargins);
        Assert.Equal(ExperimentGateway.WhatIfRefusal, whatIf.Reason);
        Assert.True(entry.Modifications >= 1, "the chase re-priced at least once");
        Assert.True(w.HasStatus(target.OrderId, "Cancelled") && w.HasStatus(stop.OrderId, "Cancelled"), "OCA type 1 cancelled the target and the stop");
        Assert.Equal(0, w.Tap.Count(PlaceOrderRequest.MessageId)); // placeOrder, whatIf included
        Assert.Equal(0, w.Tap.Count(CancelOrderRequest.MessageId));
        Assert.Equal(0, w.Tap.Count(ReqGlobalCancelRequest.MessageId));
        Assert.True(w.Tap.Count(ReqMktDataRequest.MessageId) >= 4, "the legs' quotes came from the gateway through the tap");
        Assert.Equal(0, w.Gateway.LegLines); // flat and nothing working: the legs' lines are closed
        Assert.Equal(w.Tap.Count(ReqMktDataRequest.MessageId), w.Tap.Count(CancelMktDataRequest.MessageId));
        Assert.Empty(w.Harness.Gateway.Book.Orders(_ => true));
        Assert.Equal(idsBefore, w.Harness.Gateway.NextOrderId);
    }

    /// <summary>The engine's chase in small: at the mid, re-priced every 5 s by 0.05 toward the natural price until filled.</summary>
    internal static async Task<(OrderPlacement Placement, int Modifications, decimal Price, DateTimeOffset At)> ChaseAsync(ExperimentWorld w, Contract bag, decimal limit, decimal natural)
    {
        var order = w.Order("BUY", "LMT", limit);
        var placement = await w.PlaceAsync(bag, order);
        var modifications = 0;
        while (!w.HasStatus(placement.OrderId, "Filled"))
        {
            await w.StepAsync(TimeSpan.FromSeconds(5));
            if (w.HasStatus(placement.OrderId, "Filled"))
            {
                break;
            }

            limit = Math.Min(natural, limit + 0.05m);
            var modified = await w.Gateway.ModifyOrderAsync(placement.OrderRef, bag, order with { LmtPrice = limit }, w.Token);
            Assert.Equal(PlacementOutcome.Acknowledged, modified.Outcome);
            modifications++;
        }

        var filled = await w.StatusAsync(placement.OrderId, "Filled");
        return (placement, modifications, filled.AvgFillPrice!.Value, filled.ReceivedAt);
    }

    /// <summary>The mid as an entry limit: the credit rounded down to the combo's 0.05 tick (more fillable).</summary>
    internal static decimal Credit(decimal mid) => -Math.Floor(-mid / 0.05m) * 0.05m;
}
