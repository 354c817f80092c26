using System.Threading.Channels;
using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;
using Condor.Tests.Journal;
using Condor.Tests.Simulation.EndToEnd;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Execution.Orders;

/// <summary>
/// One order-side test's world: the built-in simulator on a stopped virtual clock (on a loopback port), Condor's real
/// TWS client connected to it, a real SQLite journal in a temp folder on the same virtual clock, and the
/// <see cref="OrderContext"/> the components run with. Tests move the clock; nothing sleeps.
/// </summary>
internal sealed class OrdersWorld : IAsyncDisposable
{
    public static readonly DateOnly Session = new(2026, 11, 23);

    private OrdersWorld(VirtualClock clock, SimulatedGateway gateway, TwsClient client, TempJournal temp, SqliteJournal journal, StrategyOptions options)
    {
        Clock = clock;
        Gateway = gateway;
        Client = client;
        Temp = temp;
        Journal = journal;
        Options = options;
        Context = new OrderContext(client, journal, options, clock, 7, NullLogger.Instance);
    }

    public VirtualClock Clock { get; }

    public SimulatedGateway Gateway { get; }

    public TwsClient Client { get; }

    public TempJournal Temp { get; }

    public SqliteJournal Journal { get; }

    public StrategyOptions Options { get; }

    public OrderContext Context { get; }

    public SimulatedMarket Market => Gateway.Market;

    public DateTimeOffset Now => Clock.GetUtcNow();

    public TradingSession TradingSession { get; } = new(Session, isEarlyClose: false);

    public CancellationToken Token { get; } = new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    public static DateTimeOffset Et(int hour, int minute, int second = 0) => EasternTime.At(Session, new TimeOnly(hour, minute, second));

    /// <param name="fillProbability">Chance that a limit between the mid and the natural fills (0: only at the natural; 1: at once).</param>
    public static async Task<OrdersWorld> StartAsync(
        TimeOnly start, SimulationScenario? scenario = null, double fillProbability = 1, StrategyOptions? options = null, ulong seed = 42)
    {
        var begin = EasternTime.At(Session, start);
        var simulator = new SimulatorOptions
        {
            Path = new MarketPathOptions { Seed = seed, AnchorTime = Et(9, 30), AnchorSpx = 6000 },
            Fills = new FillModelOptions { ProbabilityBetweenMidAndNatural = fillProbability },
            Scenario = scenario ?? SimulationScenario.None,
            Start = begin,
            Speed = 0,
        };
        var clock = new VirtualClock(begin);
        var gateway = new SimulatedGateway(new SimulatedMarket(simulator, SimulatorMarketRules.Default), clock, new GatewaySettings { MessageRateLimit = 0 });
        await gateway.StartAsync(CancellationToken.None);
        var client = ContractSession.NewClient(gateway.Port);
        await client.ConnectAsync(CancellationToken.None);
        var temp = await TempJournal.CreateAsync();
        var journal = new SqliteJournal(temp.Database, TradingMode.Simulated, temp.Location.BackupFolder, temp.Options.BackupCopies, clock);
        return new OrdersWorld(clock, gateway, client, temp, journal, options ?? new StrategyOptions());
    }

    /// <summary>An SPX condor with shorts <paramref name="outOfMoney"/> away from the spot (as a fraction), its conIds from the simulator.</summary>
    public CondorLegs Legs(decimal outOfMoney = 0.01m, decimal wing = 20)
    {
        var spot = Index;
        var shortPut = Math.Floor(spot * (1 - outOfMoney) / 5) * 5;
        var shortCall = Math.Ceiling(spot * (1 + outOfMoney) / 5) * 5;
        int Id(decimal strike, OptionRight right) => Gateway.Contracts.Option(new OptionKey(Underlying.SPX, Session, strike, right)).ConId;
        var condor = new IronCondor(
            Quote(shortPut - wing, OptionRight.Put), Quote(shortPut, OptionRight.Put), Quote(shortCall, OptionRight.Call), Quote(shortCall + wing, OptionRight.Call));
        return new CondorLegs(condor, IndexOptionContract.Spx,
            Id(shortPut - wing, OptionRight.Put), Id(shortPut, OptionRight.Put), Id(shortCall, OptionRight.Call), Id(shortCall + wing, OptionRight.Call));
    }

    /// <summary>The legs' quotes now (the engine's market-data feed in these tests).</summary>
    public IronCondor QuotesOf(CondorLegs legs)
    {
        var c = legs.Condor;
        return new IronCondor(Quote(c.LongPut.Strike, OptionRight.Put), Quote(c.ShortPut.Strike, OptionRight.Put),
            Quote(c.ShortCall.Strike, OptionRight.Call), Quote(c.LongCall.Strike, OptionRight.Call));
    }

    public decimal Index => Market.Path.At(Now).SpxPrice;

    private Engine.Strategy.OptionQuote Quote(decimal strike, OptionRight right)
    {
        var quote = Market.Chain(Underlying.SPX, Session, Now).Find(strike, right)
            ?? throw new InvalidOperationException($"No {right} {strike} listed.");
        return new Engine.Strategy.OptionQuote(right, strike, quote.Bid, quote.Ask, quote.Greeks?.Delta);
    }

    public PositionTick Tick(CondorLegs legs) => new(QuotesOf(legs), Index);

    /// <summary>The combo's quote now (credits: natural, mid).</summary>
    public Engine.Strategy.ComboQuote Combo(CondorLegs legs) => ComboPricer.Price(QuotesOf(legs)).Quote!;

    public EntryRequest Request(CondorLegs legs, int quantity = 1, TimeSpan? window = null, decimal? minCredit = null, decimal? step = null, decimal? spreadFraction = null)
    {
        var chase = new ChaseSettings(minCredit ?? 0.05m, step ?? 0.05m, TimeSpan.FromSeconds(Options.RepriceIntervalSeconds), window ?? TimeSpan.FromSeconds(60), IndexOptionContract.Spx.ComboTick, spreadFraction);
        return new EntryRequest(Session, TradingMode.Simulated, legs, quantity, QuotesOf(legs), Now, Now + chase.Window, chase,
            _ => ValueTask.FromResult<IronCondor?>(QuotesOf(legs)));
    }

    public OpenPosition PositionOf(EntryResult entry, CondorLegs legs) =>
        new(entry.TradeId, Session, TradingMode.Simulated, legs, entry.FilledQuantity, entry.AverageFillCredit!.Value, TradingSession, entry.LegFillPrices);

    /// <summary>A round trip: everything the simulator sent before has reached the client.</summary>
    public Task SyncAsync() => Client.RequestCurrentTimeAsync(Token);

    public async Task AdvanceAsync(TimeSpan span)
    {
        Clock.Advance(span);
        await SyncAsync();
    }

    /// <summary>Runs a chase that fills at once (fill probability 1 fills at the mid) and returns it with its position.</summary>
    public async Task<(EntryResult Entry, OpenPosition Position)> EnterAsync(CondorLegs legs, int quantity = 1)
    {
        await using var events = Client.SubscribeBrokerEvents();
        var progress = new ProgressLog();
        var run = new EntryChase(Context) { Progress = progress.Sink }.RunAsync(Request(legs, quantity), Token);
        await progress.WaitForAsync("Placed", run: run);
        var filled = 0m;
        for (var second = 0; second < 60 && filled < quantity; second++)
        {
            await AdvanceAsync(TimeSpan.FromSeconds(1)); // the simulator evaluates fills once a second
            while (events.Reader.TryRead(out var e))
            {
                filled = e is OrderStatusChanged { Status: OrderStatus.Filled } s ? s.Filled : filled;
            }
        }

        var entry = await run;
        Assert.True(entry.Outcome == EntryOutcome.Filled, entry.Reason);
        return (entry, PositionOf(entry, legs));
    }

    /// <summary>Every broker event the pump saw.</summary>
    public List<BrokerEvent> Seen { get; } = [];

    /// <summary>
    /// As the engine does: every broker event that reached the client is journaled and fed into the watch; returns
    /// the alerts the watch raised.
    /// </summary>
    public async Task<List<OrderAlert>> PumpAsync(PositionWatch watch, ChannelReader<BrokerEvent> events)
    {
        await SyncAsync();
        var alerts = new List<OrderAlert>();
        while (events.TryRead(out var brokerEvent))
        {
            Seen.Add(brokerEvent);
            await BrokerEventJournal.RecordAsync(Journal, brokerEvent, Token);
            alerts.AddRange(await watch.OnBrokerEventAsync(brokerEvent, Token));
        }

        return alerts;
    }

    /// <summary>Advances a minute at a time (at most <paramref name="maxMinutes"/>), pumping, until the watch's position is closed.</summary>
    public async Task<List<OrderAlert>> RunUntilClosedAsync(PositionWatch watch, ChannelReader<BrokerEvent> events, int maxMinutes)
    {
        var alerts = await PumpAsync(watch, events);
        for (var minute = 0; minute < maxMinutes && !watch.IsClosed; minute++)
        {
            await AdvanceAsync(TimeSpan.FromMinutes(1));
            alerts.AddRange(await PumpAsync(watch, events));
        }

        return alerts;
    }

    /// <summary>The commissions the broker reported (for an independent P/L).</summary>
    public decimal Commissions => Seen.OfType<CommissionReported>().GroupBy(c => c.ExecId).Sum(g => g.Last().Commission ?? 0m);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Gateway.DisposeAsync();
        Clock.Dispose();
        await Temp.DisposeAsync();
    }
}
