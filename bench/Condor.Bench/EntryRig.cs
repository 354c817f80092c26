using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Transport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Bench;

/// <summary>
/// One engine as in production, minus the web host: the built-in simulator on an ephemeral loopback port with IB's
/// pacing (<see cref="GatewaySettings.MessageRateLimit"/>, default 50 a second), a real TWS client, a real SQLite
/// journal in a fresh temp folder, and a <see cref="TradingEngine"/> on the simulator's clock. The engine sees the
/// client and the journal through <see cref="TimedProxy{T}"/>s that log every call on that clock.
/// </summary>
internal sealed class EntryRig : IAsyncDisposable
{
    public static readonly DateOnly Session = new(2026, 11, 23);

    private readonly CancellationTokenSource _stop = new();
    private readonly string _folder;
    private Task _running = Task.CompletedTask;

    private EntryRig(VirtualClock clock, SimulatedGateway gateway, string folder, TwsClient client, TradingEngine engine, CallLog log)
    {
        Clock = clock;
        Gateway = gateway;
        _folder = folder;
        Client = client;
        Engine = engine;
        Log = log;
    }

    public VirtualClock Clock { get; }

    public SimulatedGateway Gateway { get; }

    public TwsClient Client { get; }

    public TradingEngine Engine { get; }

    public CallLog Log { get; }

    public static DateTimeOffset Et(TimeOnly time) => EasternTime.At(Session, time);

    /// <summary>A simulator on its stopped clock at <paramref name="start"/> (ET) and an engine built for it, not yet running.</summary>
    /// <param name="pacing">The simulator refuses more than IB's 50 messages a wall second; off for a warm-up stepped faster than real time.</param>
    public static async Task<EntryRig> CreateAsync(DateTimeOffset start, ulong seed, bool pacing, CancellationToken cancellationToken)
    {
        var options = new SimulatorOptions
        {
            Path = new MarketPathOptions { Seed = seed, AnchorTime = Et(new TimeOnly(9, 30)), AnchorSpx = 6000 },
            Scenario = SimulationScenario.None,
            Start = start,
            Speed = 0,
        };
        var clock = new VirtualClock(start);
        var gateway = new SimulatedGateway(new SimulatedMarket(options, SimulatorMarketRules.Default), clock, pacing ? new GatewaySettings() : new GatewaySettings { MessageRateLimit = 0 });
        await gateway.StartAsync(cancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "condor-entry-latency", Guid.NewGuid().ToString("N"));
        var database = await JournalDatabase.OpenAsync(Path.Combine(folder, "condor.db"), new JournalOptions(), clock, cancellationToken);
        var journal = new SqliteJournal(database, TradingMode.Simulated, Path.Combine(folder, "backups"), new JournalOptions().BackupCopies, clock);
        var broker = new BrokerOptions { Host = "127.0.0.1", Port = gateway.Port, ClientId = 17 };
        var client = new TwsClient(TwsClientSettings.FromOptions(broker, TradingMode.Simulated), clock, NullLoggerFactory.Instance);
        var log = new CallLog(clock);
        // The chase's first re-price (a modification, which re-stamps the order's arrival) comes long after the measurement.
        var strategy = new StrategyOptions { RepriceIntervalSeconds = 30 };
        var engine = new TradingEngine(
            TimedProxy<IBrokerGateway>.Wrap(client, log),
            TimedProxy<IJournal>.Wrap(journal, log),
            clock,
            ExchangeCalendar.Default,
            new EngineSettings(new CondorOptions { Mode = TradingMode.Simulated }, strategy, new ScheduleOptions(), broker),
            NullLogger<TradingEngine>.Instance);
        return new EntryRig(clock, gateway, folder, client, engine, log);
    }

    public void Begin() => _running = Engine.RunAsync(_stop.Token);

    public PhaseState Phase(EntryPhase phase) => Engine.Snapshot.Phases[phase];

    /// <summary>The day's entry order in the simulator's book, once it arrived.</summary>
    public BookOrder? EntryOrder() => Gateway.Book.Orders(o => o.Order.OrderRef.Contains(":entry:", StringComparison.Ordinal)).FirstOrDefault();

    /// <summary>
    /// Moves the stopped clock to <paramref name="instant"/> in steps of at most <paramref name="step"/>, after each step
    /// letting what it produced reach the engine (a round trip on the engine's connection, bounded on the wall clock).
    /// </summary>
    public async Task StepToAsync(DateTimeOffset instant, TimeSpan step, CancellationToken cancellationToken)
    {
        while (Clock.GetUtcNow() < instant)
        {
            var left = instant - Clock.GetUtcNow();
            Clock.Advance(left < step ? left : step);
            await SettleAsync(cancellationToken);
        }
    }

    private Task<DateTimeOffset>? _roundTrip;

    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        if (_roundTrip is null && Client.State == ConnectionState.Connected)
        {
            _roundTrip = Client.RequestCurrentTimeAsync(cancellationToken);
        }

        if (_roundTrip is { } pending)
        {
            // The client paces on the virtual clock: a round trip behind a burst completes at a later step.
            if (await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, cancellationToken)) != pending)
            {
                return;
            }

            _roundTrip = null;
            try
            {
                await pending;
            }
            catch (Exception e) when (e is TwsConnectionLostException or TwsRequestTimeoutException)
            {
            }
        }

        await Task.Yield();
    }

    public async ValueTask DisposeAsync()
    {
        Clock.SetSpeed(0);
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        await Client.DisposeAsync();
        await Gateway.DisposeAsync();
        Clock.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        _stop.Dispose();
    }
}
