using Condor.Engine.Simulation;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>Each injected fault, as Condor's client sees it.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(162)]
    public async Task GetContractDetails_GatewayAnswersErrorCode_ThrowsRequestExceptionWithCode(int code)
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 31, scenario: new SimulationScenario { RequestErrors = [new RequestError("reqContractDetails", code, Occurrence: 1)] }));

        var error = await Assert.ThrowsAsync<TwsRequestException>(() => s.Client.GetContractDetailsAsync(ContractSession.SpxIndex, s.Token));

        Assert.Equal(code, error.Code);
        Assert.Single(await s.Client.GetContractDetailsAsync(ContractSession.SpxIndex, s.Token));
    }

    [Fact]
    public async Task PlaceOrder_Rejected201_RejectedWithCodeAndNothingWorks()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 31, scenario: new SimulationScenario { RequestErrors = [new RequestError("placeOrder", 201, Occurrence: 1)] }));
        var bag = await s.CondorAsync();
        var (_, ask) = await s.QuoteAsync(bag);

        var placement = await s.Client.PlaceOrderAsync(bag, ContractSession.Order("BUY", "LMT", ask), s.Token);

        Assert.Equal((PlacementOutcome.Rejected, 201), (placement.Outcome, placement.ErrorCode));
        Assert.Empty(await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token));
    }

    [Fact]
    public async Task PlaceOrder_Cancelled202AtOnce_AcknowledgedAsCancelledAndNothingWorks()
    {
        var scenario = new SimulationScenario { RequestErrors = [new RequestError("placeOrder", 202, Occurrence: 1)] };
        await using var s = await OpenAsync(GatewaySetup.At(9, 31, scenario: scenario), requestTimeout: TimeSpan.FromSeconds(5));
        var bag = await s.CondorAsync();

        // A 202 alone (no orderStatus) settles the placement as Cancelled instead of leaving it to time out.
        var ack = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", -50m));

        Assert.Equal("Cancelled", ack.Status);
        await s.Orders.WaitForAsync(e => e.OrderRef == ack.OrderRef && e.OrderId == ack.OrderId && e.Message is ErrorMessage { ErrorCode: 202 }, "202");
        Assert.Empty(await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token));
    }

    [Theory]
    [InlineData(354)]
    [InlineData(10197)]
    public async Task SubscribeMarketData_GatewayAnswersErrorCode_StreamEndsWithThatCode(int code)
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 31, scenario: new SimulationScenario { RequestErrors = [new RequestError("reqMktData", code, Occurrence: 1)] }));

        await using var data = await s.Client.SubscribeMarketDataAsync(ContractSession.SpxIndex, string.Empty, snapshot: false, s.Token);

        var error = await Assert.ThrowsAsync<TwsRequestException>(async () => await data.Reader.Completion.WaitAsync(s.Token));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task CancelOrder_Answered10147_ArrivesAsOrderEvent()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 31, scenario: new SimulationScenario { RequestErrors = [new RequestError("cancelOrder", 10147, Occurrence: 1)] }));
        var bag = await s.CondorAsync();
        var (bid, _) = await s.QuoteAsync(bag);
        var order = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", bid - 2m));

        await s.Client.CancelOrderAsync(order.OrderRef, s.Token);

        await s.Orders.WaitForAsync(e => e.OrderId == order.OrderId && e.Message is ErrorMessage { ErrorCode: 10147 }, "10147");
        await s.SyncAsync();
        Assert.False(s.HasStatus(order.OrderId, "Cancelled"));
    }

    [Fact]
    public async Task NeverFill_MarketableEntry_StaysWorking()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: new SimulationScenario { NeverFill = true }));
        var bag = await s.CondorAsync();
        var (_, ask) = await s.QuoteAsync(bag);

        var order = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", ask));
        await s.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.False(s.HasStatus(order.OrderId, "Filled"));
        Assert.DoesNotContain(s.Orders.Seen, e => e.Message is ExecDetailsMessage);
        Assert.Contains(await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token), o => o.OrderId == order.OrderId);
    }

    [Fact]
    public async Task FillDelay_TenSeconds_FillsNoEarlier()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: new SimulationScenario { FillDelay = TimeSpan.FromSeconds(10) }));
        var bag = await s.CondorAsync();

        var order = await s.PlaceAsync(bag, ContractSession.Order("BUY", "MKT"));
        await s.AdvanceAsync(TimeSpan.FromSeconds(9));
        var early = s.HasStatus(order.OrderId, "Filled");
        s.Market.Advance(TimeSpan.FromSeconds(1));

        await s.StatusAsync(order.OrderId, "Filled");
        Assert.False(early);
    }

    [Fact]
    public async Task FillDelay_CancelledBeforeTheFill_NeverFills()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: new SimulationScenario { FillDelay = TimeSpan.FromSeconds(10) }));
        var bag = await s.CondorAsync();
        var order = await s.PlaceAsync(bag, ContractSession.Order("BUY", "MKT"));
        await s.AdvanceAsync(TimeSpan.FromSeconds(5));

        await s.Client.CancelOrderAsync(order.OrderRef, s.Token);
        await s.StatusAsync(order.OrderId, "Cancelled");
        await s.AdvanceAsync(TimeSpan.FromSeconds(10));

        Assert.False(s.HasStatus(order.OrderId, "Filled"));
        Assert.DoesNotContain(s.Orders.Seen, e => e.Message is ExecDetailsMessage);
        Assert.DoesNotContain(await s.Client.GetPositionsAsync(s.Token), p => p.Position != 0);
    }

    [Fact]
    public async Task PartialFill_QuantityThree_OneThenTheRest()
    {
        var scenario = new SimulationScenario { PartialFillQuantity = 1, PartialFillRemainderAfter = TimeSpan.FromSeconds(30) };
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: scenario));
        var bag = await s.CondorAsync();

        var order = await s.PlaceAsync(bag, ContractSession.Order("BUY", "MKT") with { TotalQuantity = 3 });
        var partial = (OrderStatusMessage)(await s.Orders.WaitForAsync(e => e.OrderId == order.OrderId && e.Message is OrderStatusMessage { Filled: > 0 }, "partial fill")).Message;
        s.Market.Advance(TimeSpan.FromSeconds(30));
        var rest = await s.StatusAsync(order.OrderId, "Filled");

        var legIds = bag.ComboLegs.Select(l => l.ConId).ToHashSet();
        var positions = await s.Client.GetPositionsAsync(s.Token);
        Assert.Equal((1m, 2m), (partial.Filled, partial.Remaining));
        Assert.Equal((3m, 0m), (rest.Filled, rest.Remaining));
        Assert.All(positions.Where(p => legIds.Contains(p.Contract.ConId)), p => Assert.Equal(3m, Math.Abs(p.Position!.Value)));
        Assert.Equal(4, positions.Count(p => legIds.Contains(p.Contract.ConId)));
    }

    [Fact]
    public async Task NoExpiryToday_ChainParameters_OmitToday()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 31, scenario: new SimulationScenario { NoExpiryToday = true }));

        var rows = await s.Client.GetOptionChainParametersAsync("SPX", "IND", 416904, s.Token);

        var spxw = rows.First(r => r.TradingClass == "SPXW");
        Assert.NotEmpty(spxw.Expirations);
        Assert.DoesNotContain(s.Expiry, spxw.Expirations);
    }

    [Fact]
    public async Task EmptyWhatIf_Condor_NoMarginAnswerAndMarginsAreNull()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 31, scenario: new SimulationScenario { EmptyWhatIf = true }), requestTimeout: TimeSpan.FromSeconds(1));
        var bag = await s.CondorAsync();
        var (_, ask) = await s.QuoteAsync(bag);

        // An answer with unset margins is waited past (IB may send the real one next): only the timeout ends the wait.
        var answer = await s.Client.WhatIfAsync(bag, ContractSession.Order("BUY", "LMT", ask), s.Token);

        Assert.False(answer.HasMargins);
        Assert.Null(answer.State!.InitMarginChange);
        Assert.Null(answer.State.MaintMarginChange);
    }
}
