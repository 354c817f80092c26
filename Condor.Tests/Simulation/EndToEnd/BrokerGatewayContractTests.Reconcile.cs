using Condor.Engine.Simulation;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>What Condor relies on around the trade: reconciling after a reconnect, modifying an order, combo quotes, margins.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task Reconnect_AfterDropWithFillAndWorkingExit_GatewayStateReconciles()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: new SimulationScenario { DropConnectionAt = SessionEt(9, 33) }));
        var (bag, entry, _) = await s.EnterAsync();
        var exit = await s.PlaceAsync(bag, ContractSession.Order("SELL", "LMT", 5m));

        s.Market.Advance(TimeSpan.FromMinutes(1));
        await s.StateAsync(ConnectionState.Lost);
        await s.Client.ReconnectAsync(s.Token);

        var open = await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token);
        var executions = await s.Client.GetExecutionsAsync(new ExecutionFilter(), s.Token);
        var positions = await s.Client.GetPositionsAsync(s.Token);
        Assert.Contains(open, o => o.OrderId == exit.OrderId);
        Assert.Equal(5, executions.Count(e => e.Execution.OrderId == entry.OrderId));
        Assert.Equal(4, positions.Count(p => bag.ComboLegs.Any(l => l.ConId == p.Contract.ConId) && p.Position != 0));
        var (bid, _) = await s.QuoteAsync(bag);
        var next = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", bid - 2m));
        Assert.True(next.OrderId > exit.OrderId, $"order ids are never reused ({next.OrderId} after {exit.OrderId})");
    }

    [Fact]
    public async Task Reconnect_ExitFilledWhileDisconnected_ExecutionsAndPositionsShowIt()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: new SimulationScenario { DropConnectionAt = SessionEt(9, 33) }));
        var (bag, _, _) = await s.EnterAsync();
        var exit = await s.PlaceAsync(bag, ContractSession.Order("SELL", "MKT", goodAfter: $"{s.Expiry} 09:34:00 US/Eastern"));

        s.Market.Advance(TimeSpan.FromMinutes(1));
        await s.StateAsync(ConnectionState.Lost);
        s.Market.Advance(TimeSpan.FromMinutes(2));
        await s.Client.ReconnectAsync(s.Token);

        var executions = await s.Client.GetExecutionsAsync(new ExecutionFilter(), s.Token);
        var completed = await s.Client.GetCompletedOrdersAsync(apiOnly: true, s.Token);
        var legIds = bag.ComboLegs.Select(l => l.ConId).ToHashSet();
        Assert.Equal(5, executions.Count(e => e.Execution.OrderId == exit.OrderId));
        Assert.DoesNotContain(await s.Client.GetPositionsAsync(s.Token), p => legIds.Contains(p.Contract.ConId) && p.Position != 0);
        Assert.Equal(2, completed.Count(c => c.OrderState.Status == "Filled"));
        Assert.Empty(await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token));
    }

    [Fact]
    public async Task ModifyOrder_MarketableLimit_ModifiesWorkingOrderWhichFills()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var bag = await s.CondorAsync();
        var (bid, ask) = await s.QuoteAsync(bag);
        var working = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", bid - 2m) with { OrderRef = "condor:e2e" }); // the fill draw is keyed by it
        await s.AdvanceAsync(TimeSpan.FromSeconds(5));
        var filledBefore = s.HasStatus(working.OrderId, "Filled");
        (_, ask) = await s.QuoteAsync(bag); // the market moved in those 5 s: modify to the ask of now

        var modified = await s.Client.ModifyOrderAsync(working.OrderRef, bag, ContractSession.Order("BUY", "LMT", ask), s.Token);

        var filled = await s.StatusAsync(working.OrderId, "Filled");
        Assert.False(filledBefore);
        Assert.Equal((PlacementOutcome.Acknowledged, working.OrderId), (modified.Outcome, modified.OrderId));
        Assert.True(filled.AvgFillPrice <= ask, $"{filled.AvgFillPrice} > {ask}");
    }

    [Fact]
    public async Task SubscribeMarketData_Condor_StreamsNegativeBidBelowAskEachSecond()
    {
        await using var s = await OpenAsync();
        var bag = await s.CondorAsync();
        await using var data = await s.Client.SubscribeMarketDataAsync(bag, string.Empty, snapshot: false, s.Token);
        var log = new EventLog<MarketDataEvent>(data.Reader);
        await log.WaitForAsync(e => e.Message is TickPriceMessage { TickType: 2 }, "first ask");

        for (var second = 0; second < 120 && log.Seen.Count(x => x.Message is TickPriceMessage { TickType: 2 }) < 2; second++)
        {
            await s.AdvanceAsync(TimeSpan.FromSeconds(1)); // only a changed ask is sent again
        }

        await log.WaitForAsync(e => e.Message is TickPriceMessage { TickType: 2 } && log.Seen.Count(x => x.Message is TickPriceMessage { TickType: 2 }) >= 2, "later asks");

        var bids = log.Seen.Select(e => e.Message).OfType<TickPriceMessage>().Where(t => t.TickType == 1).ToList();
        var asks = log.Seen.Select(e => e.Message).OfType<TickPriceMessage>().Where(t => t.TickType == 2).ToList();
        Assert.All(bids.Zip(asks), q => Assert.True(q.First.Price < q.Second.Price && q.Second.Price < 0, $"{q.First.Price} / {q.Second.Price}"));
    }

    [Fact]
    public async Task AccountSummary_AfterFill_InitialMarginRiseAndCommissionsMatchWhatIf()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var bag = await s.CondorAsync();
        var (_, ask) = await s.QuoteAsync(bag);
        var whatIf = await s.MarginsAsync(bag, ContractSession.Order("BUY", "LMT", ask));
        var before = await MarginAsync(s);

        var ack = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", ask));
        await s.StatusAsync(ack.OrderId, "Filled");

        var after = await MarginAsync(s);
        var count = 0;
        await s.Orders.WaitForAsync(e => e.OrderId == ack.OrderId && e.Message is CommissionReportMessage && ++count == 4, "four commissions");
        var commissions = s.Orders.Seen.Where(e => e.OrderId == ack.OrderId).Select(e => e.Message).OfType<CommissionReportMessage>().Sum(c => c.CommissionReport.Commission);
        Assert.Equal(whatIf.Commission, commissions);
        Assert.Equal(0m, before);
        Assert.True(after > 0);
        Assert.Equal(whatIf.InitMarginChange, after - before);
    }

    [Fact]
    public async Task WhatIf_ClosingTheOpenCondor_ReleasesItsMargin()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, _, _) = await s.EnterAsync();
        var held = await MarginAsync(s);
        var (bid, _) = await s.QuoteAsync(bag);

        var state = await s.MarginsAsync(bag, ContractSession.Order("SELL", "LMT", bid));

        Assert.True(held > 0);
        Assert.Equal(-held, state.InitMarginChange);
        Assert.Equal(0m, state.InitMarginAfter);
    }

    [Fact]
    public async Task ModifyOrder_TighterStop_ModifiedStopTriggers()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, _, _) = await s.EnterAsync();
        var stop = await s.PlaceAsync(bag, ContractSession.Order("SELL", "STP", aux: -50m) with { TriggerMethod = Engine.Broker.TriggerMethod.MidPoint });
        var (bid, ask) = await s.QuoteAsync(bag);
        var tighter = Math.Floor(((bid + ask) / 2 - 0.05m) / 0.05m) * 0.05m;

        await s.Client.ModifyOrderAsync(stop.OrderRef, bag, ContractSession.Order("SELL", "STP", aux: tighter) with { TriggerMethod = Engine.Broker.TriggerMethod.MidPoint }, s.Token);
        for (var minute = 0; minute < 180 && !s.HasStatus(stop.OrderId, "Filled"); minute++)
        {
            await s.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        var filled = await s.StatusAsync(stop.OrderId, "Filled");
        Assert.True(filled.AvgFillPrice <= tighter, $"{filled.AvgFillPrice} > {tighter}");
    }

    private static async Task<decimal> MarginAsync(ContractSession s)
    {
        var rows = await s.Client.GetAccountSummaryAsync(["InitMarginReq"], s.Token);
        return decimal.Parse(rows.Single(r => r.Tag == "InitMarginReq").Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
