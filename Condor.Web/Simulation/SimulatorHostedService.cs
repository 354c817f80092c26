using Condor.Engine.Configuration;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Microsoft.Extensions.Options;

namespace Condor.Web.Simulation;

/// <summary>
/// In <c>Condor:Mode = Simulated</c> (unless <c>Condor:Simulator:External</c>), starts the gateway simulator with the
/// app and stops it with the app. It runs on the app's one clock (the rehearsal clock) and the configured calendar.
/// Settings: <see cref="SimulatorHostOptions"/> (<c>Condor:Simulator</c>); the default port 0 is an ephemeral
/// loopback port (logged, and read from <see cref="Port"/> by whoever connects), so a busy port — a real IB
/// Gateway on 4002, or several test hosts — never stops the app from starting.
/// </summary>
internal sealed class SimulatorHostedService(
    IOptions<CondorOptions> condor, IOptions<SimulatorHostOptions> simulator, ProcessClock clock, ExchangeCalendar calendar,
    ILogger<SimulatorHostedService> logger) : IHostedService, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private SimulatorHost? _host;

    /// <summary>True when this process runs the simulator (Simulated mode, not external).</summary>
    public bool BuiltIn => condor.Value.Mode == TradingMode.Simulated && !simulator.Value.External;

    /// <summary>The simulator's bound port; null when not running (another mode, external, or not started yet).</summary>
    public int? Port => _host?.Port;

    /// <summary>The simulator's clock (the app's rehearsal clock); null when not running.</summary>
    public VirtualClock? Clock => _host?.Clock;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (BuiltIn)
        {
            EnsureStarted();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Starts the simulator once (the TWS client asks for it when it is built, possibly before the hosted
    /// services start) and returns it.
    /// </summary>
    public SimulatorHost EnsureStarted()
    {
        lock (_gate)
        {
            if (_host is { } running)
            {
                return running;
            }

            if (!BuiltIn || clock.Rehearsal is not { } rehearsal || clock.Anchor is not { } anchor)
            {
                throw new InvalidOperationException("The built-in simulator runs only in Condor:Mode = Simulated without Condor:Simulator:External.");
            }

            var settings = simulator.Value;
            var host = SimulatorHost.CreateOn(rehearsal, (ulong)settings.Seed, anchor.Start, settings.LoadScenario(), settings.Port, logger, calendar);
            try
            {
                host.Start();
            }
            catch (System.Net.Sockets.SocketException e)
            {
                // Start-up fails here anyway; this edge is synchronous.
                host.DisposeAsync().AsTask().GetAwaiter().GetResult();
                throw new InvalidOperationException(
                    $"{SimulatorHostOptions.Section}:Port (value '{settings.Port}'): the simulator cannot listen on 127.0.0.1:{settings.Port}: " +
                    $"{e.Message}. Choose a free port, or 0 for an ephemeral one.", e);
            }

            _host = host;
            return host;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        SimulatorHost? host;
        lock (_gate)
        {
            host = _host;
            _host = null;
        }

        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);
}
