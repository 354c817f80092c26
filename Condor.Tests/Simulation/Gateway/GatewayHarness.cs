using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>A simulated gateway on an ephemeral loopback port with a stopped virtual clock at 09:25 ET on 2026-11-23.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public static readonly DateOnly Session = new(2026, 11, 23);

    private GatewayHarness(SimulatedGateway gateway, VirtualClock clock)
    {
        Gateway = gateway;
        Clock = clock;
    }

    public SimulatedGateway Gateway { get; }

    public VirtualClock Clock { get; }

    public static DateTimeOffset Et(int hour, int minute, int second = 0) => EasternTime.At(Session, new TimeOnly(hour, minute, second));

    public static async Task<GatewayHarness> StartAsync(SimulationScenario? scenario = null, ulong seed = 42, DateTimeOffset? start = null, Microsoft.Extensions.Logging.ILogger? logger = null, GatewaySettings? settings = null)
    {
        var begin = start ?? Et(9, 25);
        var options = new SimulatorOptions
        {
            Path = new MarketPathOptions { Seed = seed, AnchorTime = Et(9, 30), AnchorSpx = 6000 },
            Scenario = scenario ?? SimulationScenario.None,
            Start = begin,
            Speed = 0,
        };
        var clock = new VirtualClock(begin);
        var market = new SimulatedMarket(options, SimulatorMarketRules.Default);
        // Pacing (50 a wall second, as IB) is off unless a scenario sets messageRateLimit: tests send bursts on a stopped clock.
        var gateway = new SimulatedGateway(market, clock, (settings ?? new GatewaySettings()) with { MessageRateLimit = 0 }, logger);
        await gateway.StartAsync(CancellationToken.None);
        return new GatewayHarness(gateway, clock);
    }

    public Task<TestTwsClient> ConnectAsync(int clientId = 7) => TestTwsClient.ConnectAsync(Gateway.Port, clientId);

    public SimulatedMarket Market => Gateway.Market;

    /// <summary>The listed option contract of a strike today.</summary>
    public Contract Option(decimal strike, OptionRight right) =>
        Gateway.Contracts.Option(new OptionKey(Condor.Engine.Market.Underlying.SPX, Session, strike, right));

    /// <summary>An iron condor around the money as a BAG, long wings bought, short strikes sold.</summary>
    public Contract IronCondor(decimal shortPut, decimal shortCall, decimal wing = 20)
    {
        Engine.Tws.Protocol.Models.ComboLeg Leg(decimal strike, OptionRight right, string action) =>
            new() { ConId = Option(strike, right).ConId, Ratio = 1, Action = action, Exchange = "SMART" };
        return new Contract
        {
            Symbol = "SPX",
            SecType = "BAG",
            Exchange = "SMART",
            Currency = "USD",
            ComboLegs =
            [
                Leg(shortPut - wing, OptionRight.Put, "BUY"), Leg(shortPut, OptionRight.Put, "SELL"),
                Leg(shortCall, OptionRight.Call, "SELL"), Leg(shortCall + wing, OptionRight.Call, "BUY"),
            ],
        };
    }

    /// <summary>Strikes about 1% out of the money on each side at the current spot.</summary>
    public (decimal ShortPut, decimal ShortCall) ShortStrikes()
    {
        var spot = (decimal)Market.Path.Spx(Clock.GetUtcNow());
        return (Math.Floor(spot * 0.99m / 5) * 5, Math.Ceiling(spot * 1.01m / 5) * 5);
    }

    public ComboQuote Quote(Contract bag)
    {
        var legs = bag.ComboLegs.Select(l =>
        {
            var key = Gateway.Contracts.Find(l.ConId)!.Value;
            return new Engine.Simulation.ComboLeg(key.Strike, key.Right, l.Action == "BUY" ? TradeSide.Buy : TradeSide.Sell);
        }).ToList();
        return Market.Combo(Engine.Market.Underlying.SPX, Session, legs, Clock.GetUtcNow())!;
    }

    public static PlaceOrderRequest Order(int id, Contract contract, string action, string type, decimal? limit = null, decimal? aux = null, int quantity = 1, string oca = "", string goodAfter = "", bool whatIf = false, string orderRef = "") =>
        new(id, contract, new Order
        {
            Action = action,
            TotalQuantity = quantity,
            OrderType = type,
            LmtPrice = limit,
            AuxPrice = aux,
            Tif = "DAY",
            OcaGroup = oca,
            OcaType = oca.Length > 0 ? 1 : 0,
            GoodAfterTime = goodAfter,
            WhatIf = whatIf,
            OrderRef = orderRef.Length > 0 ? orderRef : $"condor:20261123:test:{id}",
            Transmit = true,
        });

    /// <summary>Moves the clock in whole seconds (so per-second timers fire in order).</summary>
    public void Advance(TimeSpan span) => Clock.Advance(span);

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        Clock.Dispose();
    }

    public static IIncomingMessage[] Of(params IIncomingMessage[] messages) => messages;
}
