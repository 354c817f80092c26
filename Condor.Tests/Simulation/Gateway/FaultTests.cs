using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Each scenario fault, observed by a client over loopback. (No expiry today: see ReferenceDataTests.)</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task DropAfterMessages_EighthMessage_ClosesConnection()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { DropConnectionAfterMessages = 8 });
        await using var client = await harness.ConnectAsync();

        for (var i = 0; i < 4; i++)
        {
            await client.SendAsync(new ReqCurrentTimeRequest());
        }

        Assert.True(await client.WaitClosedAsync());
        var times = 0;
        try
        {
            while (true)
            {
                await client.WaitForAsync<CurrentTimeMessage>();
                times++;
            }
        }
        catch (EndOfStreamException)
        {
        }

        Assert.Equal(3, times); // nextValidId + managedAccounts + 2104/2106/2158 + 3 answers = 8
    }

    [Fact]
    public async Task DropAt_VirtualInstant_ClosesEveryClient()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { DropConnectionAt = GatewayHarness.Et(9, 26) });
        await using var client = await harness.ConnectAsync();
        await OrderFlow.SyncAsync(client);
        Assert.False(client.Closed);

        harness.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await client.WaitClosedAsync());
    }

    [Fact]
    public async Task RefuseConnections_ForFiveMinutes_RefusesThenAccepts()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { RefuseConnectionsFor = TimeSpan.FromMinutes(5) });

        await Assert.ThrowsAnyAsync<IOException>(() => harness.ConnectAsync());
        harness.Advance(TimeSpan.FromMinutes(5));
        await using var client = await harness.ConnectAsync();

        Assert.Equal(1, harness.Gateway.ConnectedClients);
    }

    [Theory]
    [InlineData("reqContractDetails", 200, 21)]
    [InlineData("reqContractDetails", 162, 21)]
    [InlineData("reqMktData", 354, 22)]
    [InlineData("reqMktData", 10197, 22)]
    [InlineData("placeOrder", 201, 23)]
    [InlineData("placeOrder", 202, 23)]
    [InlineData("cancelOrder", 10147, 24)]
    [InlineData("reqCurrentTime", 1100, -1)]
    [InlineData("reqCurrentTime", 1102, -1)]
    public async Task RequestError_Configured_AnswersErrorInsteadOfData(string request, int code, int expectedId)
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { RequestErrors = [new RequestError(request, code, Occurrence: 1)] }, start: GatewayHarness.Et(9, 31));
        await using var client = await harness.ConnectAsync();
        ITwsRequest message = request switch
        {
            "reqContractDetails" => new ReqContractDetailsRequest(21, new Contract { Symbol = "SPX", SecType = "IND" }),
            "reqMktData" => new ReqMktDataRequest(22, new Contract { ConId = 416904, SecType = "IND" }, string.Empty, false, false),
            "placeOrder" => GatewayHarness.Order(23, harness.IronCondor(5900, 6100), "BUY", "LMT", -20m),
            "cancelOrder" => new CancelOrderRequest(24, string.Empty),
            _ => new ReqCurrentTimeRequest(),
        };

        await client.SendAsync(message);
        var error = await client.WaitForAsync<ErrorMessage>();
        await OrderFlow.SyncAsync(client);

        Assert.Equal((expectedId, code), (error.Id, error.ErrorCode));
        Assert.DoesNotContain(client.Seen, m => m is ContractDetailsMessage or TickPriceMessage or OpenOrderMessage);
    }

    [Fact]
    public async Task RequestError_SecondOccurrence_FirstAnsweredNormally()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { RequestErrors = [new RequestError("reqContractDetails", 200, Occurrence: 2)] });
        await using var client = await harness.ConnectAsync();
        var spx = new Contract { Symbol = "SPX", SecType = "IND" };

        await client.SendAsync(new ReqContractDetailsRequest(1, spx));
        await client.WaitForAsync<ContractDetailsEndMessage>();
        await client.SendAsync(new ReqContractDetailsRequest(2, spx));
        var error = await client.WaitForAsync<ErrorMessage>();

        Assert.Equal((2, 200), (error.Id, error.ErrorCode));
    }

    [Fact]
    public async Task NeverFill_MarketableEntry_StaysWorking()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { NeverFill = true }, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);

        await client.SendAsync(GatewayHarness.Order(1, bag, "BUY", "LMT", harness.Quote(bag).Ask!.Value));
        await client.WaitForAsync<OrderStatusMessage>();
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromMinutes(2));

        Assert.DoesNotContain(client.Seen, m => m is OrderStatusMessage { Status: "Filled" } or ExecDetailsMessage);
    }

    [Fact]
    public async Task FillDelay_TenSeconds_FillsNoEarlier()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { FillDelay = TimeSpan.FromSeconds(10) }, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();
        var bag = harness.IronCondor(sp, sc);

        await client.SendAsync(GatewayHarness.Order(1, bag, "BUY", "MKT"));
        await client.WaitForAsync<OrderStatusMessage>();
        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromSeconds(9));
        Assert.DoesNotContain(client.Seen, m => m is ExecDetailsMessage);
        harness.Advance(TimeSpan.FromSeconds(1));

        var exec = await client.WaitForAsync<ExecDetailsMessage>();
        Assert.Equal("20261123 09:32:10 US/Eastern", exec.Execution.Time);
    }

    [Fact]
    public async Task PartialFill_QuantityThree_FillsOneThenTheRest()
    {
        var scenario = new SimulationScenario { PartialFillQuantity = 1, PartialFillRemainderAfter = TimeSpan.FromSeconds(30) };
        await using var harness = await GatewayHarness.StartAsync(scenario, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        var (sp, sc) = harness.ShortStrikes();

        await client.SendAsync(GatewayHarness.Order(1, harness.IronCondor(sp, sc), "BUY", "MKT", quantity: 3));
        var partial = await client.WaitForAsync<OrderStatusMessage>(s => s.Filled > 0);
        harness.Advance(TimeSpan.FromSeconds(30));
        var rest = await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "Filled");

        Assert.Equal(("Submitted", 1m, 2m), (partial.Status, partial.Filled!.Value, partial.Remaining!.Value));
        Assert.Equal((3m, 0m), (rest.Filled!.Value, rest.Remaining!.Value));
    }

    [Fact]
    public async Task AutoLiquidation_AtTime_ClosesPositionsWithLiquidationExecutions()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { AutoLiquidateAt = GatewayHarness.Et(9, 40) }, start: GatewayHarness.Et(9, 32));
        await using var client = await harness.ConnectAsync();
        await OrderFlow.EnterAsync(harness, client);

        harness.Advance(TimeSpan.FromMinutes(10));
        var liquidation = await client.WaitForAsync<ExecDetailsMessage>(e => e.Execution.Liquidation == 1);
        await client.SendAsync(new ReqPositionsRequest());
        var positions = await client.CollectUntilAsync<PositionMessage, PositionEndMessage>();

        Assert.Equal(0, liquidation.Execution.OrderId);
        Assert.Empty(positions);
    }

    [Fact]
    public async Task ForeignPosition_Configured_ReportedByReqPositions()
    {
        var foreign = new ForeignPosition("SPY", "STK", 10, 450m);
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { ForeignPositions = [foreign] });
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqPositionsRequest());
        var position = Assert.Single(await client.CollectUntilAsync<PositionMessage, PositionEndMessage>());

        Assert.Equal(("SPY", "STK", 10m, 450m), (position.Contract.Symbol, position.Contract.SecType, position.Position!.Value, position.AvgCost!.Value));
    }
}
