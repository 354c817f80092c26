using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>The exit bracket after a fill: OCA cancellation, a stop triggering, the time exit, expiry settlement.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task OcaExits_ProfitTargetFills_StopAndTimeExitCancelled()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, _, _) = await s.EnterAsync();

        var stop = await s.PlaceAsync(bag, ContractSession.Order("SELL", "STP", aux: -50m, oca: "exit-1"));
        var time = await s.PlaceAsync(bag, ContractSession.Order("SELL", "MKT", oca: "exit-1", goodAfter: $"{s.Expiry} 11:30:00 US/Eastern"));
        var (bid, _) = await s.QuoteAsync(bag);
        var target = await s.PlaceAsync(bag, ContractSession.Order("SELL", "LMT", bid, oca: "exit-1"));

        await s.StatusAsync(target.OrderId, "Filled");
        var stopCancelled = await s.StatusAsync(stop.OrderId, "Cancelled");
        var timeCancelled = await s.StatusAsync(time.OrderId, "Cancelled");
        Assert.Equal((0m, 0m), (stopCancelled.Filled, timeCancelled.Filled));
        Assert.False(s.HasStatus(stop.OrderId, "Filled") || s.HasStatus(time.OrderId, "Filled"));
        Assert.Contains(s.Orders.Seen, e => e.OrderId == stop.OrderId && e.Message is ErrorMessage { ErrorCode: 202 });
    }

    [Fact]
    public async Task Stop_MarketMovesThroughIt_TriggersAndFills()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, _, _) = await s.EnterAsync();
        var (bid, ask) = await s.QuoteAsync(bag);
        var stopPrice = Math.Floor(((bid + ask) / 2 - 0.05m) / 0.05m) * 0.05m;

        var stop = await s.PlaceAsync(bag, ContractSession.Order("SELL", "STP", aux: stopPrice) with { TriggerMethod = Engine.Broker.TriggerMethod.MidPoint });
        await s.SyncAsync();
        var filledAtOnce = s.HasStatus(stop.OrderId, "Filled");
        for (var minute = 0; minute < 180 && !s.HasStatus(stop.OrderId, "Filled"); minute++)
        {
            await s.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        var filled = await s.StatusAsync(stop.OrderId, "Filled");
        Assert.False(filledAtOnce, "the stop was placed away from the market");
        Assert.NotEqual("Filled", stop.Status);
        Assert.True(filled.AvgFillPrice <= stopPrice, $"a sell stop fills at or below its stop ({filled.AvgFillPrice} > {stopPrice})");
    }

    [Fact]
    public async Task TimeExit_GoodAfterTime_HeldUntilThenFills()
    {
        await using var s = await OpenAsync(GatewaySetup.At(11, 29));
        var (bag, _, _) = await s.EnterAsync();

        var exit = await s.PlaceAsync(bag, ContractSession.Order("SELL", "MKT", goodAfter: $"{s.Expiry} 11:30:00 US/Eastern"));
        await s.AdvanceAsync(TimeSpan.FromSeconds(59));
        var filledEarly = s.HasStatus(exit.OrderId, "Filled");
        await s.AdvanceAsync(TimeSpan.FromSeconds(1));

        var filled = await s.StatusAsync(exit.OrderId, "Filled");
        Assert.Equal("PreSubmitted", exit.Status);
        Assert.False(filledEarly, "a time exit must not fill before its goodAfterTime");
        Assert.Equal(1m, filled.Filled);
        var bagExecution = await s.Orders.WaitForAsync(e => e.OrderId == exit.OrderId && e.Message is ExecDetailsMessage { Contract.SecType: "BAG" }, "BAG execution");
        Assert.Equal($"{s.Expiry} 11:30:00 US/Eastern", ((ExecDetailsMessage)bagExecution.Message).Execution.Time);
    }

    [Fact]
    public async Task TimeExit_GoodAfterTimeInUtcFormat_HeldUntilThatUtcInstant()
    {
        // TWS API 10.18+: "yyyymmdd-hh:mm:ss" without a zone is UTC; 16:30 UTC is 11:30 ET in November.
        await using var s = await OpenAsync(GatewaySetup.At(11, 29));
        var (bag, _, _) = await s.EnterAsync();

        var exit = await s.PlaceAsync(bag, ContractSession.Order("SELL", "MKT", goodAfter: $"{s.Expiry}-16:30:00"));
        await s.AdvanceAsync(TimeSpan.FromSeconds(59));
        var filledEarly = s.HasStatus(exit.OrderId, "Filled");
        await s.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.False(filledEarly, "a time exit must not fill before its goodAfterTime");
        Assert.True(s.HasStatus(exit.OrderId, "Filled"), "the time exit fills at 16:30 UTC = 11:30 ET");
    }

    [Fact]
    public async Task Expiry_After1600_WorkingOrdersCancelledLegsStayUntilOvernightProcessing()
    {
        await using var s = await OpenAsync(GatewaySetup.At(15, 58));
        var (bag, _, _) = await s.EnterAsync();
        var working = await s.PlaceAsync(bag, ContractSession.Order("SELL", "LMT", 5m));
        var legIds = bag.ComboLegs.Select(l => l.ConId).ToHashSet();
        var open = await s.Client.GetPositionsAsync(s.Token);

        await s.AdvanceAsync(TimeSpan.FromMinutes(3));

        await s.StatusAsync(working.OrderId, "Cancelled");
        var expired = await s.Client.GetPositionsAsync(s.Token);
        var eventsBefore = s.Orders.Seen.Count;
        await s.AdvanceAsync(TimeSpan.FromHours(13)); // 05:01 ET the next day: the broker's overnight processing is done
        var settled = await s.Client.GetPositionsAsync(s.Token);
        Assert.Equal(4, open.Count(p => legIds.Contains(p.Contract.ConId) && p.Position != 0));
        Assert.Equal(4, expired.Count(p => legIds.Contains(p.Contract.ConId) && p.Position != 0));
        Assert.DoesNotContain(settled, p => legIds.Contains(p.Contract.ConId) && p.Position != 0);
        Assert.DoesNotContain(s.Orders.Seen.Skip(eventsBefore), e => e.Message is ExecDetailsMessage); // IB reports no execution for an expiry
    }

    [Fact]
    public async Task Expiry_OvernightProcessing_CashSettlesAtIntrinsicValueOfTheClose()
    {
        await using var s = await OpenAsync(GatewaySetup.At(15, 58));
        var cashBefore = await CashAsync(s);
        var (bag, _, filled) = await s.EnterAsync();
        var commissions = s.Orders.Seen.Select(e => e.Message).OfType<CommissionReportMessage>().Sum(c => c.CommissionReport.Commission!.Value);
        var strikes = new List<(decimal Strike, string Right, int Sign)>();
        foreach (var leg in bag.ComboLegs)
        {
            var option = Assert.Single(await s.Client.GetContractDetailsAsync(new Engine.Tws.Protocol.Models.Contract { ConId = leg.ConId, Exchange = "SMART" }, s.Token)).Contract;
            strikes.Add((option.Strike, option.Right, leg.Action == "BUY" ? 1 : -1));
        }

        await s.AdvanceAsync(TimeSpan.FromMinutes(2));
        var close = Math.Round(await s.SpotAsync(), 2, MidpointRounding.AwayFromZero);
        await s.AdvanceAsync(TimeSpan.FromHours(13));

        var settlement = strikes.Sum(l => l.Sign * (l.Right == "C" ? Math.Max(0, close - l.Strike) : Math.Max(0, l.Strike - close)));
        var expected = cashBefore - (filled.AvgFillPrice!.Value * 100) - commissions + (settlement * 100);
        Assert.Equal(Math.Round(expected, 2), await CashAsync(s));
    }
}
