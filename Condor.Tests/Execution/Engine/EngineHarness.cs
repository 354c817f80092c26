using System.Collections.Concurrent;
using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Transport;
using Condor.Tests.Journal;
using Condor.Tests.Simulation.Gateway;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>
/// One engine under test: the built-in simulator on an ephemeral loopback port on its stopped virtual clock, a
/// real TWS client and a real temp SQLite journal, and a <see cref="TradingEngine"/> running on that one clock.
/// The test runs the clock at a rehearsal speed through the parts that matter (<see cref="RunUntilAsync"/>) and skips
/// the quiet stretches in steps (<see cref="SkipToAsync"/>). No wall-clock sleeps: the wall clock bounds waits for
/// the socket and a hung test.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _hung = new(TimeSpan.FromSeconds(60));
    private readonly ConcurrentQueue<EngineEvent> _events = new();
    private readonly TempJournal _journalFiles;
    private readonly bool _ownsGateway;
    private readonly bool _ownsJournal;
    private Task _running = Task.CompletedTask;
    private EngineEventSubscription? _subscription;

    private EngineHarness(GatewayHarness gateway, bool ownsGateway, TempJournal journal, bool ownsJournal, SqliteJournal modeJournal, TwsClient client, TradingEngine engine)
    {
        Gateway = gateway;
        _ownsGateway = ownsGateway;
        _ownsJournal = ownsJournal;
        _journalFiles = journal;
        Journal = modeJournal;
        Client = client;
        Engine = engine;
    }

    public GatewayHarness Gateway { get; }

    public VirtualClock Clock => Gateway.Clock;

    public SqliteJournal Journal { get; }

    public TwsClient Client { get; }

    public TradingEngine Engine { get; }

    public EngineSnapshot Snapshot => Engine.Snapshot;

    /// <summary>Every event the engine published so far (read from the subscription as asked).</summary>
    public IReadOnlyList<EngineEvent> Events
    {
        get
        {
            while (_subscription!.Reader.TryRead(out var e))
            {
                _events.Enqueue(e);
            }

            return [.. _events];
        }
    }

    public CancellationToken Token => _hung.Token;

    /// <summary>Every order the simulator's book holds (whatIf answers are not orders).</summary>
    public IReadOnlyList<BookOrder> Orders => Gateway.Gateway.Book.Orders(_ => true);

    /// <summary>Starts a simulator at <paramref name="start"/> (ET, 2026-11-23 unless another instant is given) and an engine connected to it.</summary>
    public static async Task<EngineHarness> StartAsync(
        DateTimeOffset? start = null,
        SimulationScenario? scenario = null,
        TradingMode mode = TradingMode.Simulated,
        Action<StrategyOptions>? strategy = null,
        Action<BrokerOptions>? broker = null,
        ulong seed = 42,
        GatewayHarness? shared = null,
        int clientId = 17,
        TempJournal? journal = null)
    {
        var gateway = shared ?? await GatewayHarness.StartAsync(scenario, seed, start ?? GatewayHarness.Et(9, 25));
        var ownsJournal = journal is null;
        journal ??= await TempJournal.CreateAsync();
        var strategyOptions = new StrategyOptions();
        strategy?.Invoke(strategyOptions);
        var brokerOptions = new BrokerOptions { Host = "127.0.0.1", Port = gateway.Gateway.Port, ClientId = clientId };
        broker?.Invoke(brokerOptions);
        var settings = TwsClientSettings.FromOptions(brokerOptions, mode);
        var client = new TwsClient(settings, gateway.Clock, NullLoggerFactory.Instance);
        var engine = new TradingEngine(
            client,
            journal.ForMode(mode),
            gateway.Clock,
            ExchangeCalendar.Default,
            new EngineSettings(new CondorOptions { Mode = mode }, strategyOptions, new ScheduleOptions(), brokerOptions),
            NullLogger<TradingEngine>.Instance);
        var harness = new EngineHarness(gateway, shared is null, journal, ownsJournal, journal.ForMode(mode), client, engine);
        harness.Begin();
        await engine.FirstConnectAttempt.WaitAsync(harness.Token);
        return harness;
    }

    private void Begin()
    {
        _subscription = Engine.Events.Subscribe();
        _running = Engine.RunAsync(_stop.Token);
    }

    /// <summary>
    /// Runs the clock at <paramref name="speed"/> × real time (the rehearsal clock's way: every wait of the engine, the
    /// client and the simulator runs on it) until <paramref name="done"/> holds — checked on every engine event and at
    /// least every few milliseconds, never by sleeping for time to pass — or the clock reaches <paramref name="until"/>
    /// (the test fails, naming what it waited for, the phases and the simulator's orders). The clock stops again after.
    /// </summary>
    public async Task RunUntilAsync(Func<EngineSnapshot, bool> done, DateTimeOffset until, string what, double speed = 20)
    {
        Clock.SetSpeed(speed);
        try
        {
            while (!done(Snapshot))
            {
                if (Clock.GetUtcNow() >= until)
                {
                    Assert.Fail($"Not {what} by {until:HH:mm:ss}: {Describe(Snapshot)}; simulator orders: "
                        + string.Join(", ", Orders.Select(o => $"{o.Order.OrderRef} {o.Status} lmt {o.Order.LmtPrice} filled {o.Filled}")));
                }

                // Wakes on the engine's next event, or after a few milliseconds for snapshot-only changes.
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(Token);
                wake.CancelAfter(TimeSpan.FromMilliseconds(10));
                try
                {
                    await _subscription!.Reader.WaitToReadAsync(wake.Token);
                    _ = Events;
                }
                catch (OperationCanceledException) when (!Token.IsCancellationRequested)
                {
                }
            }
        }
        finally
        {
            Clock.SetSpeed(0);
        }
    }

    /// <summary>
    /// Moves the stopped clock to <paramref name="instant"/> in <paramref name="step"/>s, letting what each step
    /// produced reach the engine (for stretches where the engine only waits or watches).
    /// </summary>
    public async Task SkipToAsync(DateTimeOffset instant, TimeSpan? step = null)
    {
        var by = step ?? TimeSpan.FromSeconds(1);
        while (Clock.GetUtcNow() < instant)
        {
            await SettleAsync();
            var left = instant - Clock.GetUtcNow();
            Clock.Advance(left < by ? left : by);
        }

        await SettleAsync();
    }

    /// <summary>Runs until the day's entry is over: a no-trade reason, or the protect phase done/failed.</summary>
    public async Task RunEntryAsync(DateTimeOffset? until = null)
    {
        if (Clock.GetUtcNow() < GatewayHarness.Et(9, 31, 50))
        {
            await SkipToAsync(GatewayHarness.Et(9, 31, 50));
        }

        await RunUntilAsync(
            s => s.Decision?.NoTradeReason is not null || s.Phases[EntryPhase.Protect].Status is PhaseStatus.Done or PhaseStatus.Failed,
            until ?? GatewayHarness.Et(9, 34),
            "through the entry");
    }

    /// <summary>
    /// Lets what the gateway sent reach the engine: a round trip on the engine's own connection (everything sent before
    /// its answer has been dispatched). The client paces its messages on the virtual clock, so a round trip queued
    /// behind a burst completes only once the clock moves: it is then left pending (bounded by a short wall-clock
    /// wait for the socket, never a sleep for time to pass) and awaited at a later step.
    /// </summary>
    public async Task SettleAsync()
    {
        for (var i = 0; i < 2; i++)
        {
            if (_roundTrip is null && Client.State == ConnectionState.Connected)
            {
                _roundTrip = Client.RequestCurrentTimeAsync(Token);
            }

            if (_roundTrip is { } pending)
            {
                if (await Task.WhenAny(pending, Task.Delay(SocketBound, TimeProvider.System, Token)) != pending)
                {
                    return;
                }

                _roundTrip = null;
                await Observe(pending);
            }

            await Task.Yield();
        }
    }

    private static readonly TimeSpan SocketBound = TimeSpan.FromMilliseconds(200);

    private Task<DateTimeOffset>? _roundTrip;

    private static async Task Observe(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception e) when (e is Condor.Engine.Tws.Transport.TwsConnectionLostException or Condor.Engine.Tws.Transport.TwsRequestTimeoutException)
        {
            // The connection went (a fault scenario); the next step starts a new round trip once it is back.
        }
    }

    public static string Describe(EngineSnapshot s) =>
        $"connection {s.Connection.State} ({s.Connection.Detail}); decision: {s.Decision?.NoTradeReason ?? s.Decision?.Why ?? "-"}; phases: "
        + string.Join(", ", s.Phases.Phases.Select(p => $"{p.Phase} {p.Status} {p.StartedAt:HH:mm:ss.fff}-{p.EndedAt:HH:mm:ss.fff} '{p.Message}'"));

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        await Journal.GetAuditAsync(DateTimeOffset.MinValue, 1000, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        _subscription?.Dispose();
        await Client.DisposeAsync();
        if (_ownsJournal)
        {
            await _journalFiles.DisposeAsync();
        }
        if (_ownsGateway)
        {
            await Gateway.DisposeAsync();
        }

        _stop.Dispose();
        _hung.Dispose();
    }
}
