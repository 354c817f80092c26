using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>XSP, IB's theta convention, unknown messages, and settlement of a later session's expiry.</summary>
public sealed class ChainCoverageTests
{
    [Fact]
    public async Task ReqSecDefOptParams_Xsp_IndexConIdStrikesEveryPoint()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqSecDefOptParamsRequest(1, "XSP", string.Empty, "IND", GatewayContracts.XspConId));
        var rows = await client.CollectUntilAsync<SecurityDefinitionOptionParameterMessage, SecurityDefinitionOptionParameterEndMessage>();
        await client.SendAsync(new ReqContractDetailsRequest(2, new Contract { Symbol = "XSP", SecType = "OPT", LastTradeDateOrContractMonth = "20261123", Strike = 600, Right = "C", TradingClass = "XSP" }));
        var details = Assert.Single(await client.CollectUntilAsync<ContractDetailsMessage, ContractDetailsEndMessage>()).ContractDetails;

        Assert.All(rows, r => Assert.Equal(("XSP", GatewayContracts.XspConId), (r.TradingClass, r.UnderlyingConId)));
        Assert.Contains(601m, rows[0].Strikes);
        Assert.Equal((0.01m, GatewayContracts.XspConId, "XSP"), (details.MinTick, details.UnderConId, details.Contract.TradingClass));
    }

    [Fact]
    public async Task ReqMktData_VixByConId_AnswersVixLevel()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 40));
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqMktDataRequest(4, new Contract { ConId = 13455763, SecType = "IND", Exchange = "CBOE" }, string.Empty, true, false));
        var last = await client.WaitForAsync<TickPriceMessage>(t => t.TickType == 4);

        Assert.Equal(harness.Market.Path.At(GatewayHarness.Et(9, 40)).VixPrice, last.Price);
    }

    [Fact]
    public async Task TickOptionComputation_Theta_IsPerCalendarDay()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(10, 0));
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqMktDataRequest(3, harness.Option(6000, OptionRight.Call), string.Empty, true, false));
        var model = await client.WaitForAsync<TickOptionComputationMessage>(t => t.TickType == 13);

        var quote = harness.Market.Chains.Quote(Underlying.SPX, GatewayHarness.Session, 6000, OptionRight.Call, GatewayHarness.Et(10, 0), harness.Market.OptionTicks(Underlying.SPX))!;
        Assert.Equal(Math.Round(quote.Greeks!.Theta * 252 / 365, 6), model.Theta);
        Assert.Equal(Math.Round(quote.Greeks.Delta, 6), model.Delta);
    }

    [Fact]
    public async Task UnknownMessageId_Skipped_ClientStaysConnected()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        await client.SendRawAsync(Engine.Tws.Wire.Frame.Encode(["999", "1"]));
        await OrderFlow.SyncAsync(client);

        Assert.False(client.Closed);
    }

    [Fact]
    public async Task Expiry_NextSessionsOption_SettlesAtThatSessionsClose()
    {
        await using var harness = await GatewayHarness.StartAsync(start: GatewayHarness.Et(15, 0));
        await using var client = await harness.ConnectAsync();
        var tomorrow = GatewayHarness.Session.AddDays(1);
        var option = harness.Gateway.Contracts.Option(new OptionKey(Underlying.SPX, tomorrow, 6000, OptionRight.Call));
        await client.SendAsync(GatewayHarness.Order(1, option, "BUY", "MKT"));
        await client.WaitForAsync<OrderStatusMessage>(s => s.Status == "Filled");
        await client.SendAsync(new ReqPositionsRequest());
        await client.WaitForAsync<PositionEndMessage>();

        await OrderFlow.AdvanceAsync(harness, client, TimeSpan.FromHours(2));
        Assert.Single(harness.Market.Account.Positions);
        harness.Clock.AdvanceTo(EasternTime.At(tomorrow, new TimeOnly(16, 0, 1)));
        await OrderFlow.SyncAsync(client);
        Assert.Single(harness.Market.Account.Positions); // until the overnight processing
        harness.Clock.AdvanceTo(EasternTime.At(tomorrow.AddDays(1), new TimeOnly(5, 0, 1)));
        var flat = await client.WaitForAsync<PositionMessage>(p => p.Position == 0);

        Assert.Equal(option.ConId, flat.Contract.ConId);
        Assert.Empty(harness.Market.Account.Positions);
    }
}
