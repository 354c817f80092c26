using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>IB's rules the engine relies on: client ids own orders, trigger methods on combo stops.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task CancelOrder_FromAnotherClientId_RefusedBeforeSendingAndTheOrderStaysWorking()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var bag = await s.CondorAsync();
        var ack = await s.PlaceAsync(bag, ContractSession.Order("BUY", "LMT", -50m));
        await using var other = ContractSession.NewClient(s.Market.Port, clientId: 8);
        await using var otherEvents = other.SubscribeOrderEvents();
        var otherLog = new EventLog<OrderEvent>(otherEvents.Reader);
        await other.ConnectAsync(s.Token);

        // Client 8 cannot even name client 7's order: its orders are its own intents (the simulator's own tests cover
        // the gateway answering 10147 to a foreign cancel).
        await Assert.ThrowsAsync<ArgumentException>(() => other.CancelOrderAsync(ack.OrderRef, s.Token));
        await s.SyncAsync();
        Assert.DoesNotContain(otherLog.Seen, e => e.OrderId == ack.OrderId && e.OrderRef is not null);
        var open = await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token);

        Assert.Contains(open, o => o.OrderId == ack.OrderId && o.OrderState.Status == "Submitted");
        Assert.False(s.HasStatus(ack.OrderId, "Cancelled"));
    }

    [Fact]
    public async Task ComboStop_DefaultTriggerMethod_DoesNotFireOnQuotes()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32));
        var (bag, _, _) = await s.EnterAsync();
        var (bid, ask) = await s.QuoteAsync(bag);
        var throughTheMarket = Math.Floor(((bid + ask) / 2 + 1m) / 0.05m) * 0.05m; // a sell stop above the mid: "through" at once

        var stop = await s.PlaceAsync(bag, ContractSession.Order("SELL", "STP", aux: throughTheMarket));
        await s.AdvanceAsync(TimeSpan.FromMinutes(1));
        var midStop = await s.PlaceAsync(bag, ContractSession.Order("SELL", "STP", aux: throughTheMarket) with { TriggerMethod = Engine.Broker.TriggerMethod.MidPoint });

        await s.StatusAsync(midStop.OrderId, "Filled");
        Assert.False(s.HasStatus(stop.OrderId, "Filled"), "IB triggers a default-method combo stop on combo trades only");
    }

    [Fact]
    public async Task WhatIf_UnsetMarginsFirst_AnswersTheSecondRealAnswer()
    {
        var scenario = new Engine.Simulation.SimulationScenario { WhatIfFault = Engine.Simulation.WhatIfFault.UnsetMarginsFirst };
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: scenario));
        var bag = await s.CondorAsync(wing: 20);
        var (_, ask) = await s.QuoteAsync(bag);

        var state = await s.MarginsAsync(bag, ContractSession.Order("BUY", "LMT", ask));

        Assert.Equal(2000m, state.InitMarginChange);
    }

    [Fact]
    public async Task GetExecutions_NextDay_OnlyTodaysExecutions()
    {
        await using var s = await OpenAsync(GatewaySetup.At(15, 50));
        await s.EnterAsync();
        var today = await s.Client.GetExecutionsAsync(new Engine.Tws.Protocol.Models.ExecutionFilter(), s.Token);

        await s.AdvanceAsync(TimeSpan.FromHours(17.5)); // 09:20 ET the next day
        var tomorrow = await s.Client.GetExecutionsAsync(new Engine.Tws.Protocol.Models.ExecutionFilter(), s.Token);

        Assert.Equal(5, today.Count);
        Assert.Empty(tomorrow);
    }
}
