using Condor.Engine.Market;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// A ready-to-run simulator: the virtual clock, the market and the gateway server built from a seed, a start instant,
/// a speed and a scenario. Used by the <c>simulate</c> command, the web app's Simulated mode and the benchmark.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private readonly bool _ownsClock;

    private SimulatorHost(VirtualClock clock, SimulatedGateway gateway, bool ownsClock)
    {
        Clock = clock;
        Gateway = gateway;
        _ownsClock = ownsClock;
    }

    public VirtualClock Clock { get; }

    public SimulatedGateway Gateway { get; }

    public SimulatorOptions Options => Gateway.Market.Options;

    public int Port => Gateway.Port;

    /// <summary>A simulator on a clock of its own (started at <paramref name="start"/>, disposed with the host).</summary>
    /// <param name="settings">Gateway limits and identity; <paramref name="port"/> overrides its port.</param>
    public static SimulatorHost Create(ulong seed, DateTimeOffset start, double speed, SimulationScenario? scenario, int port, ILogger? logger = null, ExchangeCalendar? calendar = null, GatewaySettings? settings = null) =>
        Create(new VirtualClock(start, speed), ownsClock: true, seed, start, scenario, port, logger, calendar, settings);

    /// <summary>A simulator on a clock of its own that follows <paramref name="anchor"/> on <paramref name="wall"/> (the <c>simulate</c> command).</summary>
    public static SimulatorHost Create(RehearsalAnchor anchor, TimeProvider wall, ulong seed, SimulationScenario? scenario, int port, ILogger? logger = null, ExchangeCalendar? calendar = null) =>
        Create(anchor.CreateClock(wall), ownsClock: true, seed, anchor.Start, scenario, port, logger, calendar);

    /// <summary>
    /// A simulator on the app's rehearsal clock (Simulated mode: one clock for the process); the host does not
    /// dispose it. <paramref name="start"/> is the rehearsal's start (its ET date is the market's day), which the
    /// clock may already be past when the process restarted mid-rehearsal.
    /// </summary>
    public static SimulatorHost CreateOn(VirtualClock clock, ulong seed, DateTimeOffset start, SimulationScenario? scenario, int port, ILogger? logger = null, ExchangeCalendar? calendar = null) =>
        Create(clock, ownsClock: false, seed, start, scenario, port, logger, calendar);

    /// <summary>09:25 ET of the session <paramref name="now"/> falls in, or of the next one once today's (to 16:15 ET) is over.</summary>
    public static DateTimeOffset DefaultStart(DateTimeOffset now, ExchangeCalendar? calendar = null) =>
        RehearsalAnchor.DefaultStart(now, calendar ?? ExchangeCalendar.Default);

    /// <exception cref="System.Net.Sockets.SocketException">The port is in use.</exception>
    public void Start() => Gateway.Start();

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync().ConfigureAwait(false);
        if (_ownsClock)
        {
            Clock.Dispose();
        }
    }

    private static SimulatorHost Create(VirtualClock clock, bool ownsClock, ulong seed, DateTimeOffset start, SimulationScenario? scenario, int port, ILogger? logger, ExchangeCalendar? calendar, GatewaySettings? settings = null)
    {
        var cal = calendar ?? ExchangeCalendar.Default;
        var options = new SimulatorOptions
        {
            Path = new MarketPathOptions { Seed = seed },
            Scenario = scenario ?? SimulationScenario.None,
            Start = start,
            Speed = clock.Speed,
        };
        var market = new SimulatedMarket(options, SimulatorMarketRules.From(cal));
        // Pacing counts wall time; a client on this clock paces by its time, so at any speed but real time (1) a
        // correctly paced client would be refused: pacing is on at real speed only, whatever else the settings say
        // (the max-speed benchmark passes settings of its own and must not be paced).
        var given = settings ?? new GatewaySettings();
        var gatewaySettings = given with { MessageRateLimit = clock.Speed == 1 ? given.MessageRateLimit : 0 };
        return new SimulatorHost(clock, new SimulatedGateway(market, clock, gatewaySettings with { Port = port }, logger, cal), ownsClock);
    }
}
