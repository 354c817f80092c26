using System.Text.Json;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Strategy;

namespace Condor.Tests.Simulation;

public sealed class ScenarioJsonTests
{
    private static SimulationScenario Everything() => new()
    {
        DropConnectionAfterMessages = 40,
        DropConnectionAt = new DateTimeOffset(2026, 11, 23, 9, 33, 0, TimeSpan.FromHours(-5)),
        RefuseConnectionsFrom = new DateTimeOffset(2026, 11, 23, 9, 25, 0, TimeSpan.FromHours(-5)),
        RefuseConnectionsFor = TimeSpan.FromSeconds(90),
        QuoteFaults =
        [
            new StrikeFault(5920, QuoteFaultKind.NaNBidAsk, OptionRight.Put, Underlying.SPX),
            new StrikeFault(608, QuoteFaultKind.NoGreeks),
            new StrikeFault(6100, QuoteFaultKind.MissingBidAsk, OptionRight.Call),
        ],
        NoExpiryToday = true,
        NoExpiryOn = [new DateOnly(2026, 11, 27)],
        RequestErrors = [new RequestError("reqContractDetails", 200, "No security definition", 1), new RequestError("placeOrder", 201)],
        FillDelay = TimeSpan.FromSeconds(20),
        NeverFill = true,
        PartialFillQuantity = 1,
        PartialFillRemainderAfter = TimeSpan.FromMinutes(2),
        AutoLiquidateAt = new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.FromHours(-5)),
        EmptyWhatIf = true,
        OrderFaults = [new OrderFault(OrderFaultKind.BrokerCancel202, "LMT", 2, TimeSpan.FromSeconds(30)), new OrderFault(OrderFaultKind.ConfirmationHold, "MKT")],
        LoginTimeZone = "America/Chicago",
        MarketDataFaults = [new MarketDataFault(354, 5950, OptionRight.Put), new MarketDataFault(10197, At: new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(-5)))],
        GreeksNotComputedFirst = true,
        WhatIfFault = WhatIfFault.UnsetMarginsFirst,
        PortfolioMargin = true,
        ForeignPositions = [new ForeignPosition("SPX", "OPT", -1, 325.5m, new DateOnly(2026, 11, 23), 5900, OptionRight.Put, "SPXW")],
    };

    [Fact]
    public void Serialize_EveryFault_RoundTripsToEqualScenario()
    {
        var original = Everything();
        var json = ScenarioJson.Serialize(original);
        var back = ScenarioJson.Deserialize(json);

        Assert.Equal(json, ScenarioJson.Serialize(back));
        Assert.Equal(original.DropConnectionAt, back.DropConnectionAt);
        Assert.Equal(original.RefuseConnectionsFor, back.RefuseConnectionsFor);
        Assert.Equal(original.QuoteFaults, back.QuoteFaults);
        Assert.Equal(original.NoExpiryOn, back.NoExpiryOn);
        Assert.Equal(original.RequestErrors, back.RequestErrors);
        Assert.Equal(original.ForeignPositions, back.ForeignPositions);
        Assert.Equal(original.OrderFaults, back.OrderFaults);
        Assert.Equal(original.MarketDataFaults, back.MarketDataFaults);
        Assert.Equal(original with { QuoteFaults = [], NoExpiryOn = [], RequestErrors = [], ForeignPositions = [], OrderFaults = [], MarketDataFaults = [] },
            back with { QuoteFaults = [], NoExpiryOn = [], RequestErrors = [], ForeignPositions = [], OrderFaults = [], MarketDataFaults = [] });
    }

    [Fact]
    public void Serialize_Enums_WrittenAsNames()
    {
        var json = ScenarioJson.Serialize(Everything());
        Assert.Contains("\"kind\": \"NaNBidAsk\"", json, StringComparison.Ordinal);
        Assert.Contains("\"right\": \"Put\"", json, StringComparison.Ordinal);
        Assert.Contains("\"refuseConnectionsFor\": \"00:01:30\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_HandWrittenFile_ReadsFaults()
    {
        const string json = """
            {
              "noExpiryToday": true,
              "quoteFaults": [ { "strike": 5950, "kind": "NoGreeks", "right": "Put" } ],
              "requestErrors": [ { "request": "reqMktData", "code": 354 } ],
              "fillDelay": "00:00:45"
            }
            """;
        var scenario = ScenarioJson.Deserialize(json);
        Assert.True(scenario.NoExpiryToday);
        Assert.Equal(new StrikeFault(5950, QuoteFaultKind.NoGreeks, OptionRight.Put), scenario.QuoteFaults.Single());
        Assert.Equal(354, scenario.RequestErrors.Single().Code);
        Assert.Equal(TimeSpan.FromSeconds(45), scenario.FillDelay);
        Assert.False(scenario.NeverFill);
    }

    [Fact]
    public void Deserialize_EmptyObject_EqualsNoFaults()
    {
        var scenario = ScenarioJson.Deserialize("{}");
        Assert.Equal(ScenarioJson.Serialize(SimulationScenario.None), ScenarioJson.Serialize(scenario));
        Assert.Empty(scenario.QuoteFaults);
    }

    [Fact]
    public void Deserialize_UnknownProperty_Throws()
    {
        Assert.Throws<JsonException>(() => ScenarioJson.Deserialize("""{ "neverFil": true }"""));
    }

    [Fact]
    public void Deserialize_OutOfRangeValue_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => ScenarioJson.Deserialize("""{ "dropConnectionAfterMessages": 0 }"""));
        Assert.Contains("DropConnectionAfterMessages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullList_Throws()
    {
        Assert.Throws<JsonException>(() => ScenarioJson.Deserialize("""{ "quoteFaults": null }"""));
    }
}
