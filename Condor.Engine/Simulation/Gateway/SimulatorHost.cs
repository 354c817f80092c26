using Condor.Engine.Market;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// A ready-to-run simulator: the virtual clock, the market and the gateway server built from a seed, a start instant,
/// a speed and a scenario. Used by the <c>simulate</c> command, the web app's Simulated mode and the benchmark.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private SimulatorHost(VirtualClock clock, SimulatedGateway gateway)
    {
        Clock = clock;
        Gateway = gateway;
    }

    public VirtualClock Clock { get; }

    public SimulatedGateway Gateway { get; }

    public SimulatorOptions Options => Gateway.Market.Options;

    public int Port => Gateway.Port;

    /// <param name="settings">Gateway limits and identity; <paramref name="port"/> overrides its port.</param>
    public static SimulatorHost Create(ulong seed, DateTimeOffset start, double speed, SimulationScenario? scenario, int port, ILogger? logger = null, ExchangeCalendar? calendar = null, GatewaySettings? settings = null)
    {
        var cal = calendar ?? ExchangeCalendar.Default;
        var options = new SimulatorOptions
        {
            Path = new MarketPathOptions { Seed = seed },
            Scenario = scenario ?? SimulationScenario.None,
            Start = start,
            Speed = speed,
        };
        var clock = new VirtualClock(start, speed);
        var market = new SimulatedMarket(options, SimulatorMarketRules.From(cal));
        return new SimulatorHost(clock, new SimulatedGateway(market, clock, (settings ?? new GatewaySettings()) with { Port = port }, logger, cal));
    }

    /// <summary>09:25 ET of the session <paramref name="now"/> falls in, or of the next one once today's (to 16:15 ET) is over.</summary>
    public static DateTimeOffset DefaultStart(DateTimeOffset now, ExchangeCalendar? calendar = null)
    {
        var cal = calendar ?? ExchangeCalendar.Default;
        var date = EasternTime.DateOf(now);
        if (!cal.IsTradingDay(date) || now > EasternTime.At(date, new TimeOnly(16, 15)))
        {
            date = cal.NextTradingDay(date);
        }

        return EasternTime.At(date, new TimeOnly(9, 25));
    }

    /// <exception cref="System.Net.Sockets.SocketException">The port is in use.</exception>
    public void Start() => Gateway.Start();

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync().ConfigureAwait(false);
        Clock.Dispose();
    }
}
