using Condor.Engine.Simulation;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>Where a real gateway differs from the happy path (issue 9 section 5), through the broker boundary.</summary>
public abstract partial class BrokerGatewayContractTests
{
    [Fact]
    public async Task Connect_ClientIdAlreadyConnected_FailsNamingTheClientIdSetting()
    {
        await using var s = await OpenAsync();
        await using var second = ContractSession.NewClient(s.Market.Port, clientId: 7);

        var error = await Assert.ThrowsAsync<TwsClientIdInUseException>(() => second.ConnectAsync(s.Token));

        Assert.Contains("Condor:Broker:ClientId", error.Message, StringComparison.Ordinal);
        Assert.NotEqual(ConnectionState.Connected, second.State);
        Assert.Equal(ConnectionState.Connected, s.Client.State);
    }

    [Fact]
    public async Task PlaceOrder_OnlyAnUnclassifiedCodeAnswers_UnknownReconcileNeverRejected()
    {
        var scenario = new SimulationScenario { RequestErrors = [new RequestError("placeOrder", 10999, Occurrence: 1)] };
        await using var s = await OpenAsync(GatewaySetup.At(9, 31, scenario: scenario), requestTimeout: TimeSpan.FromSeconds(1));
        var bag = await s.CondorAsync();

        var placement = await s.Client.PlaceOrderAsync(bag, ContractSession.Order("BUY", "LMT", -50m), s.Token);

        Assert.Equal((PlacementOutcome.Unknown, 10999), (placement.Outcome, placement.ErrorCode));
        Assert.Equal(placement.OrderId, s.Client.FindOrder(placement.OrderRef)?.OrderId); // the intent keeps its id: reconcile by it
    }

    [Fact]
    public async Task PlaceOrder_Informational10349OnTheLiveOrder_AcknowledgedAndFills()
    {
        var scenario = new SimulationScenario { OrderFaults = [new OrderFault(OrderFaultKind.Informational10349)] };
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: scenario));
        var bag = await s.CondorAsync();

        var placement = await s.PlaceAsync(bag, ContractSession.Order("BUY", "MKT"));

        await s.StatusAsync(placement.OrderId, "Filled");
        await s.Orders.WaitForAsync(e => e.OrderRef == placement.OrderRef && e.Message is ErrorMessage { ErrorCode: 10349 }, "10349");
    }

    [Fact]
    public async Task TimeExit_GoodAfterTimeFormattedByTheClient_HeldUntilThatNewYorkTimeWhateverTheLoginZone()
    {
        await using var s = await OpenAsync(GatewaySetup.At(9, 32, scenario: new SimulationScenario { LoginTimeZone = "Europe/Berlin" }));
        var (bag, _, _) = await s.EnterAsync();
        var at = SessionEt(9, 40);

        var exit = await s.PlaceAsync(bag, ContractSession.Order("SELL", "MKT", goodAfter: GoodAfterTime.Format(at)));
        await s.AdvanceAsync(TimeSpan.FromMinutes(7));
        var early = s.HasStatus(exit.OrderId, "Filled");
        s.Market.Advance(TimeSpan.FromMinutes(1));

        await s.StatusAsync(exit.OrderId, "Filled");
        Assert.False(early, "held until 09:40 New York time");
    }

    [Fact]
    public async Task PlaceOrder_GoodAfterTimeWithoutZone_RefusedBeforeSending()
    {
        await using var s = await OpenAsync();
        var bag = await s.CondorAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => s.Client.PlaceOrderAsync(bag, ContractSession.Order("SELL", "MKT", goodAfter: $"{s.Expiry} 11:30:00"), s.Token));

        Assert.Empty(await s.Client.GetOpenOrdersAsync(OpenOrdersScope.ThisClient, s.Token));
    }
}
