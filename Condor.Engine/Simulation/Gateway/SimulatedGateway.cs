using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// A TWS-protocol server on 127.0.0.1 backed by <see cref="SimulatedMarket"/> on a shared <see cref="VirtualClock"/>:
/// one session per accepted client, one order book and account for all. Every <see cref="GatewaySettings.TickInterval"/>
/// of virtual time it re-evaluates working orders, then streams changed market data (while anything can change: see
/// the Ticker part). Scenario faults that are not
/// per-request (drops, refused connections, auto-liquidation) are armed on the clock at start.
/// </summary>
internal sealed partial class SimulatedGateway : IGatewayOutbox, IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly ConcurrentDictionary<GatewaySession, Task> _sessions = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ITimer> _timers = [];
    private readonly Dictionary<int, GatewaySession> _clientIds = [];
    private Task _accepting = Task.CompletedTask;
    private int _nextOrderId;
    private int _disposed;

    public SimulatedGateway(SimulatedMarket market, VirtualClock clock, GatewaySettings? settings = null, ILogger? logger = null, ExchangeCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(clock);
        Market = market;
        Clock = clock;
        Settings = settings ?? new GatewaySettings();
        Logger = logger ?? NullLogger.Instance;
        Contracts = new GatewayContracts(market, calendar ?? ExchangeCalendar.Default);
        Faults = new RequestFaults(market.Options.Scenario);
        Book = new OrderBook(market, Contracts, Settings, this);
        _nextOrderId = Settings.FirstOrderId;
        _listener = new TcpListener(IPAddress.Loopback, Settings.Port);
    }

    public SimulatedMarket Market { get; }

    public VirtualClock Clock { get; }

    public GatewaySettings Settings { get; }

    public ILogger Logger { get; }

    public GatewayContracts Contracts { get; }

    public RequestFaults Faults { get; }

    public OrderBook Book { get; }

    /// <summary>The bound loopback port (the ephemeral one when <see cref="GatewaySettings.Port"/> is 0).</summary>
    public int Port { get; private set; }

    public int NextOrderId => Volatile.Read(ref _nextOrderId);

    /// <summary>Sessions past their handshake.</summary>
    public int ConnectedClients => _sessions.Keys.Count(s => s.IsReady);

    /// <summary>Binds the port, starts accepting and arms the clock's timers.</summary>
    /// <exception cref="SocketException">The port is in use.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Start();
        return Task.CompletedTask;
    }

    /// <summary>Binds the port, starts accepting and arms the clock's timers.</summary>
    /// <exception cref="SocketException">The port is in use.</exception>
    public void Start()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var scenario = Market.Options.Scenario;
        StartTicker();
        ArmExpiry(Market.Today);
        if (scenario.DropConnectionAt is { } dropAt)
        {
            At(dropAt, DropAll);
        }

        foreach (var fault in scenario.MarketDataFaults.Where(f => f.At is not null))
        {
            At(fault.At!.Value, () =>
            {
                foreach (var session in _sessions.Keys)
                {
                    session.CompetingLiveSession();
                }
            });
        }

        ArmResets(scenario);
        if (scenario.AutoLiquidateAt is { } liquidateAt)
        {
            At(liquidateAt, () => Book.Liquidate(Clock.GetUtcNow()));
        }

        _accepting = AcceptLoopAsync(_stop.Token);
        Logger.LogInformation("Simulated gateway listening on 127.0.0.1:{Port} (seed {Seed}, start {Start:O}, speed {Speed}x)", Port, Market.Options.Path.Seed, Market.Options.Start, Market.Options.Speed);
    }

    /// <summary>Drops every connected client (the scenario's "drop at a time", or a test).</summary>
    public void DropAll()
    {
        foreach (var session in _sessions.Keys)
        {
            session.Close();
        }
    }

    /// <summary>Registers the session's client id; false when another connected session holds it (IB: 326).</summary>
    public bool TryClaimClientId(GatewaySession session)
    {
        lock (_clientIds)
        {
            return _clientIds.TryAdd(session.ClientId, session);
        }
    }

    /// <summary>Frees the session's client id for a new connection (called when the session closes).</summary>
    public void ReleaseClientId(GatewaySession session)
    {
        lock (_clientIds)
        {
            if (_clientIds.TryGetValue(session.ClientId, out var holder) && holder == session)
            {
                _clientIds.Remove(session.ClientId);
            }
        }
    }

    /// <summary>Keeps nextValidId ahead of every id a client used.</summary>
    public void ReserveOrderId(int orderId)
    {
        int current;
        do
        {
            current = Volatile.Read(ref _nextOrderId);
            if (orderId < current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _nextOrderId, orderId + 1, current) != current);
    }

    public void ToClient(int clientId, IIncomingMessage message)
    {
        foreach (var session in _sessions.Keys.Where(s => s.ClientId == clientId))
        {
            session.Send(message);
        }
    }

    public void ToPositionSubscribers(IIncomingMessage message)
    {
        foreach (var session in _sessions.Keys.Where(s => s.PositionsSubscribed))
        {
            session.Send(message);
        }
    }

    public void ToAll(IIncomingMessage message)
    {
        foreach (var session in _sessions.Keys)
        {
            session.Send(message);
        }
    }

    /// <summary>Stops listening, drops every client and waits for the sessions to end. Idempotent: later calls return at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return; // a second CancelAsync on the disposed source would throw ObjectDisposedException
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        ITimer[] timers;
        lock (_timers)
        {
            timers = [.. _timers];
        }

        foreach (var timer in timers)
        {
            await timer.DisposeAsync().ConfigureAwait(false);
        }

        _listener.Stop();
        DropAll();
        await Task.WhenAll(_sessions.Values.Append(_accepting)).ConfigureAwait(false);
        _stop.Dispose();
    }

    private void At(DateTimeOffset instant, Action action)
    {
        var due = instant - Clock.GetUtcNow();
        if (due >= TimeSpan.Zero)
        {
            lock (_timers)
            {
                _timers.Add(Clock.CreateTimer(_ => action(), null, due, Timeout.InfiniteTimeSpan));
            }
        }
    }

    /// <summary>
    /// At the session's 16:00 ET close its 0DTE options expire (working orders on them are cancelled); the legs stay in
    /// the positions until the overnight processing (<see cref="SimulationScenario.ExpiryProcessingTime"/> the next
    /// day), which cash-settles them at the index's close and removes them. Then the next trading day's is armed.
    /// </summary>
    private void ArmExpiry(DateOnly session) =>
        At(OptionChainModel.ExpiryTime(session), () =>
        {
            Book.CancelExpiring(session, Clock.GetUtcNow());
            At(EasternTime.At(session.AddDays(1), Market.Options.Scenario.ExpiryProcessingTime), () => Book.SettleExpiry(session));
            ArmExpiry(Contracts.Calendar.NextTradingDay(session));
        });

    private bool Refusing(DateTimeOffset now)
    {
        var scenario = Market.Options.Scenario;
        if (scenario.WeeklyReauthentication?.Contains(now) == true)
        {
            return true;
        }

        if (scenario.RefuseConnectionsFor is not { } span)
        {
            return false;
        }

        var from = scenario.RefuseConnectionsFrom ?? Market.Options.Start;
        return now >= from && now < from + span;
    }

    private async Task AcceptLoopAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (Refusing(Clock.GetUtcNow()))
            {
                Logger.LogInformation("Simulated gateway: refusing a connection (scenario)");
                client.Dispose();
                continue;
            }

            client.NoDelay = true;
            var session = new GatewaySession(this, client);
            _sessions[session] = Task.Run(() => RunSessionAsync(session, token), CancellationToken.None);
        }
    }

    private async Task RunSessionAsync(GatewaySession session, CancellationToken token)
    {
        try
        {
            await session.RunAsync(token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a session must never take the gateway down
        catch (Exception e)
#pragma warning restore CA1031
        {
            Logger.LogError(e, "Simulated gateway: session of client {ClientId} failed", session.ClientId);
        }
        finally
        {
            _sessions.TryRemove(session, out _);
            ReleaseClientId(session);
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }
}
