using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>Handshake and chain discovery over loopback. (The codec both ends share passes the golden fixtures in Tws/Protocol.)</summary>
public sealed class ReferenceDataTests
{
    [Fact]
    public async Task Connect_Handshake_SendsNextValidIdAndManagedAccounts()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        Assert.Contains(client.Seen, m => m is NextValidIdMessage { OrderId: 1 });
        Assert.Contains(client.Seen, m => m is ManagedAccountsMessage { AccountsList: "DU0000001" });
        Assert.NotEqual(0, harness.Gateway.Port);
    }

    [Fact]
    public async Task ReqCurrentTime_VirtualClock_AnswersVirtualTime()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();
        harness.Advance(TimeSpan.FromMinutes(10));

        await client.SendAsync(new ReqCurrentTimeRequest());
        var time = await client.WaitForAsync<CurrentTimeMessage>();

        Assert.Equal(GatewayHarness.Et(9, 35).ToUnixTimeSeconds(), time.Time);
    }

    [Fact]
    public async Task ReqContractDetails_SpxIndex_AnswersRealConIdAndHours()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqContractDetailsRequest(1, new Contract { Symbol = "SPX", SecType = "IND", Exchange = "CBOE", Currency = "USD" }));
        var details = await client.CollectUntilAsync<ContractDetailsMessage, ContractDetailsEndMessage>();

        var index = Assert.Single(details).ContractDetails;
        Assert.Equal(416904, index.Contract.ConId);
        Assert.Equal("US/Central", index.TimeZoneId); // as IB states it (golden contractDetails_index)
        Assert.StartsWith("20261123:0830-20261123:1515;", index.TradingHours, StringComparison.Ordinal);
        Assert.StartsWith("20261123:0830-20261123:1500;", index.LiquidHours, StringComparison.Ordinal);
        Assert.Contains("20261126:CLOSED", index.TradingHours, StringComparison.Ordinal);
        Assert.Contains("20261127:0830-20261127:1200", index.TradingHours, StringComparison.Ordinal); // early close
        Assert.Equal("33", index.MarketRuleIds);
    }

    [Fact]
    public async Task ReqContractDetails_SpxwOption_AnswersConIdClassMultiplierTick()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();
        var option = new Contract { Symbol = "SPX", SecType = "OPT", LastTradeDateOrContractMonth = "20261123", Strike = 5900, Right = "P", Exchange = "SMART", Currency = "USD", TradingClass = "SPXW" };

        await client.SendAsync(new ReqContractDetailsRequest(2, option));
        var d = Assert.Single(await client.CollectUntilAsync<ContractDetailsMessage, ContractDetailsEndMessage>()).ContractDetails;

        Assert.Equal(SimulatedContractIds.For(new OptionKey(Engine.Market.Underlying.SPX, GatewayHarness.Session, 5900, OptionRight.Put)), d.Contract.ConId);
        Assert.Equal("SPXW", d.Contract.TradingClass);
        Assert.Equal("100", d.Contract.Multiplier);
        Assert.Equal(0.05m, d.MinTick);
        Assert.Equal(416904, d.UnderConId);
        Assert.Equal("SPXW  261123P05900000", d.Contract.LocalSymbol);
    }

    [Fact]
    public async Task ReqContractDetails_SpxClassForToday_AnswersError200()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();
        var monthlyClass = new Contract { Symbol = "SPX", SecType = "OPT", LastTradeDateOrContractMonth = "20261123", Strike = 5900, Right = "P", TradingClass = "SPX" };

        await client.SendAsync(new ReqContractDetailsRequest(3, monthlyClass));
        var error = await client.WaitForAsync<ErrorMessage>();

        Assert.Equal((3, 200), (error.Id, error.ErrorCode));
    }

    [Fact]
    public async Task ReqSecDefOptParams_Spx_ListsTodayAndStrikesForSpxwAndMonthliesForSpx()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqSecDefOptParamsRequest(4, "SPX", string.Empty, "IND", 416904));
        var rows = await client.CollectUntilAsync<SecurityDefinitionOptionParameterMessage, SecurityDefinitionOptionParameterEndMessage>();

        var spxw = rows.First(r => r.TradingClass == "SPXW" && r.Exchange == "SMART");
        Assert.Equal("20261123", spxw.Expirations[0]);
        Assert.DoesNotContain("20261126", spxw.Expirations); // Thanksgiving
        Assert.All(spxw.Strikes, s => Assert.Equal(0, s % 5));
        Assert.Contains(rows, r => r.TradingClass == "SPX" && r.Expirations.Contains("20261218"));
    }

    [Fact]
    public async Task ReqSecDefOptParams_NoExpiryToday_OmitsToday()
    {
        await using var harness = await GatewayHarness.StartAsync(new SimulationScenario { NoExpiryToday = true });
        await using var client = await harness.ConnectAsync();

        await client.SendAsync(new ReqSecDefOptParamsRequest(5, "SPX", string.Empty, "IND", 416904));
        var rows = await client.CollectUntilAsync<SecurityDefinitionOptionParameterMessage, SecurityDefinitionOptionParameterEndMessage>();

        var spxw = rows.First(r => r.TradingClass == "SPXW");
        Assert.DoesNotContain("20261123", spxw.Expirations);
        Assert.Equal("20261124", spxw.Expirations[0]);
    }

    [Fact]
    public async Task MalformedRequest_BadFields_DropsThatClientOnly()
    {
        var logger = new Condor.Tests.Tws.Transport.ListLogger<SimulatedGateway>();
        await using var harness = await GatewayHarness.StartAsync(logger: logger);
        await using var bad = await harness.ConnectAsync(1);
        await using var good = await harness.ConnectAsync(2);

        await bad.SendRawAsync(Engine.Tws.Wire.Frame.Encode(["9", "8", "not-a-number"]));

        Assert.True(await bad.WaitClosedAsync());
        await good.SendAsync(new ReqCurrentTimeRequest());
        await good.WaitForAsync<CurrentTimeMessage>();
        Assert.Contains(logger.Entries, e => e.Message.Contains("malformed", StringComparison.Ordinal) && e.Message.Contains("00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReqContractDetails_Option_ExpiryIsTheDateAloneOnTheWire()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var details = harness.Gateway.Contracts.OptionDetails(new OptionKey(Engine.Market.Underlying.SPX, GatewayHarness.Session, 6000, OptionRight.Put));

        var fields = Engine.Tws.Protocol.ProtocolEncoder.Fields(new ContractDetailsMessage(1, details));

        Assert.Equal("20261123", fields[4]); // IB sends 20261123, not "20261123 16:00:00" (golden contractDetails_option)
        Assert.Equal(("US/Central", "110,110"), (details.TimeZoneId, details.MarketRuleIds));
    }
}
