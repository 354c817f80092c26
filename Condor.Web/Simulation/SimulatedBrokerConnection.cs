using Condor.Engine.Configuration;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Microsoft.Extensions.Options;

namespace Condor.Web.Simulation;

/// <summary>
/// Simulated mode runs the production path: the app's one <see cref="TwsClient"/> is pointed at the built-in
/// simulator's loopback port (or, with <c>Condor:Simulator:External</c>, at <c>Condor:Broker</c>, where a
/// <c>simulate</c> process listens). In other modes the client keeps <c>Condor:Broker</c>. The trading engine
/// (<see cref="Condor.Engine.Execution.TradingEngine"/>) connects it in every mode, at start-up, and reconnects it;
/// this service starts after the engine's first connection attempt. Every client reads the app's one clock. An
/// external simulator's clock is compared with it once connected: on a different anchor the rehearsal is not the
/// same day on both sides, which is logged as an error.
/// </summary>
internal sealed partial class SimulatedBrokerConnection(
    IOptions<CondorOptions> condor, TwsClient client, ProcessClock clock, SimulatorHostedService simulator,
    ILogger<SimulatedBrokerConnection> logger) : IHostedService
{
    /// <summary>Beyond currentTime's one-second resolution and the round trip, what two clocks on one anchor may differ by.</summary>
    private static readonly TimeSpan SkewAllowance = TimeSpan.FromSeconds(2);

    /// <summary>External simulator's time minus the app's, once measured after connecting (zero within the allowance).</summary>
    public TimeSpan? ExternalClockSkew { get; private set; }

    /// <summary>The TWS client for the configured mode (the composition root registers this factory).</summary>
    public static TwsClient CreateClient(IServiceProvider services)
    {
        var broker = services.GetRequiredService<IOptions<BrokerOptions>>().Value;
        var clock = services.GetRequiredService<ProcessClock>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var simulator = services.GetRequiredService<SimulatorHostedService>();
        var settings = TwsClientSettings.FromOptions(broker, services.GetRequiredService<IOptions<CondorOptions>>().Value.Mode);
        if (clock.Anchor is { } anchor)
        {
            settings = InRealTime(settings, anchor.Speed);
        }

        if (simulator.BuiltIn)
        {
            // Everything from Condor:Broker but where to connect: the simulator's loopback port.
            var port = simulator.EnsureStarted().Port;
            settings = settings with { Connection = settings.Connection with { Host = "127.0.0.1", Port = port } };
        }

        return new TwsClient(settings, clock.Time, loggers);
    }

    /// <summary>
    /// The client's timers run on the rehearsal clock, but its timeouts and reconnect back-off are about the socket
    /// and the gateway process, which live in real time: at speed 60 a 15 s request timeout would otherwise give a
    /// busy machine a quarter of a second. Scaled by the speed they stay the configured real durations (a stopped
    /// clock, speed 0, fires no timer: nothing to scale).
    /// </summary>
    internal static TwsClientSettings InRealTime(TwsClientSettings settings, double speed)
    {
        if (speed <= 0)
        {
            return settings;
        }

        var connection = settings.Connection;
        return settings with
        {
            RequestTimeout = settings.RequestTimeout * speed,
            Connection = connection with
            {
                ConnectTimeout = connection.ConnectTimeout * speed,
                ReconnectBaseDelay = connection.ReconnectBaseDelay * speed,
                ReconnectMaxDelay = connection.ReconnectMaxDelay * speed,
            },
        };
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (condor.Value.Mode != TradingMode.Simulated || simulator.BuiltIn)
        {
            return;
        }

        if (client.State != Condor.Engine.Tws.Transport.ConnectionState.Connected)
        {
            // The engine keeps trying; its snapshot (/api/status) shows why it is not connected.
            LogNotConnected(logger);
            return;
        }

        try
        {
            await CompareClocksAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCompareFailed(logger, e);
        }
    }

    private async Task CompareClocksAsync(CancellationToken cancellationToken)
    {
        var before = clock.Time.GetUtcNow();
        var gateway = await client.RequestCurrentTimeAsync(cancellationToken);
        var after = clock.Time.GetUtcNow();
        // currentTime is whole seconds: the gateway read somewhere in [before − 1 s, after].
        var allowance = SkewAllowance * Math.Max(1, clock.Anchor?.Speed ?? 1);
        var skew = gateway < before - allowance ? gateway - before
            : gateway > after + allowance ? gateway - after
            : TimeSpan.Zero;
        ExternalClockSkew = skew;
        if (skew != TimeSpan.Zero)
        {
            LogClockSkew(logger, skew.TotalSeconds, gateway, after);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Condor:Simulator:External: not connected to the simulator at start-up, so its clock was not compared with Condor's")]
    private static partial void LogNotConnected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Condor:Simulator:External: the simulator's clock differs from Condor's by {SkewSeconds:F0} s (simulator {Gateway:O}, Condor {Condor:O}); give simulate the same --start/--speed/--started-at-utc as Condor:Clock:Start/Speed/StartedAtUtc")]
    private static partial void LogClockSkew(ILogger logger, double skewSeconds, DateTimeOffset gateway, DateTimeOffset condor);

    [LoggerMessage(Level = LogLevel.Error, Message = "Condor:Simulator:External: the simulator's clock could not be read")]
    private static partial void LogCompareFailed(ILogger logger, Exception error);
}
