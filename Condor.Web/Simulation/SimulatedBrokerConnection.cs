using Condor.Engine.Configuration;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Microsoft.Extensions.Options;

namespace Condor.Web.Simulation;

/// <summary>
/// Simulated mode runs the production path: the app's one <see cref="TwsClient"/> is pointed at the built-in
/// simulator (its loopback port, its virtual clock) and connected when the app starts. In other modes the
/// client keeps <c>Condor:Broker</c> and is not connected here: the engine decides when to connect to a real gateway.
/// </summary>
internal sealed partial class SimulatedBrokerConnection(
    IOptions<CondorOptions> condor, TwsClient client, ILogger<SimulatedBrokerConnection> logger) : IHostedService
{
    /// <summary>The TWS client for the configured mode (the composition root registers this factory).</summary>
    public static TwsClient CreateClient(IServiceProvider services)
    {
        var broker = services.GetRequiredService<IOptions<BrokerOptions>>().Value;
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var condor = services.GetRequiredService<IOptions<CondorOptions>>();
        if (condor.Value.Mode != TradingMode.Simulated)
        {
            return new TwsClient(Options.Create(broker), condor, services.GetRequiredService<TimeProvider>(), loggers);
        }

        // Everything from Condor:Broker but where to connect: the simulator's loopback port.
        var simulator = services.GetRequiredService<SimulatorHostedService>().EnsureStarted();
        var settings = TwsClientSettings.FromOptions(broker, TradingMode.Simulated);
        settings = settings with { Connection = settings.Connection with { Host = "127.0.0.1", Port = simulator.Port } };
        return new TwsClient(settings, simulator.Clock, loggers);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (condor.Value.Mode != TradingMode.Simulated)
        {
            return;
        }

        try
        {
            await client.ConnectAsync(cancellationToken);
            LogConnected(logger, client.Handshake?.ServerVersion ?? 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The app stays up (the dashboard, the journal); the state is visible on /api/status.
            LogConnectFailed(logger, e);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (condor.Value.Mode == TradingMode.Simulated)
        {
            await client.DisconnectAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated mode: TWS client connected to the simulator (server version {ServerVersion})")]
    private static partial void LogConnected(ILogger logger, int serverVersion);

    [LoggerMessage(Level = LogLevel.Error, Message = "Simulated mode: the TWS client could not connect to the simulator")]
    private static partial void LogConnectFailed(ILogger logger, Exception error);
}
