using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;

namespace Condor.Web.Cli;

/// <summary>
/// <c>simulate [--port 4002] [--seed N] [--start 2026-11-23T09:25:00-05:00] [--speed 60] [--scenario file.json]</c>:
/// runs the TWS-protocol gateway simulator on 127.0.0.1 until Ctrl+C, for trying Condor or any TWS client against it.
/// Defaults: port 4002 (IB Gateway paper), seed 1, start 09:25 ET of the current or next session, speed 1.
/// </summary>
internal static class SimulateCommand
{
    private const string Usage =
        "usage: simulate [--port 4002] [--seed N] [--start 2026-11-23T09:25:00-05:00] [--speed 60] [--scenario file.json]";

    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        // Logs as the web app does: console, levels from the same "Logging" configuration.
        using var loggers = LoggerFactory.Create(b => b.AddConfiguration(configuration.GetSection("Logging")).AddConsole());
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return Run(args, output, error, TimeProvider.System, stop.Token, loggers);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken stop) =>
        Run(args, output, error, time, stop, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken stop, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(time);
        if (!TryParse(args, time, error, out var port, out var seed, out var start, out var speed, out var scenario))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var host = SimulatorHost.Create(seed, start, speed, scenario, port, loggers.CreateLogger<SimulatedGateway>());
        try
        {
            host.Start();
            output.WriteLine(FormattableString.Invariant(
                $"Simulated TWS gateway on 127.0.0.1:{host.Port}  seed {seed}  start {start:yyyy-MM-ddTHH:mm:sszzz}  speed {speed}x  (Ctrl+C stops)"));
            output.Flush();
            stop.WaitHandle.WaitOne();
            return 0;
        }
        catch (SocketException e)
        {
            error.WriteLine($"simulate: cannot listen on 127.0.0.1:{port}: {e.Message}");
            return 1;
        }
        finally
        {
            // The command line is synchronous; this is its edge.
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static bool TryParse(
        string[] args, TimeProvider time, TextWriter error, out int port, out ulong seed, out DateTimeOffset start, out double speed, out SimulationScenario? scenario)
    {
        (port, seed, start, speed, scenario) = (4002, 1, SimulatorHost.DefaultStart(time.GetUtcNow()), 1, null);
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var ok = (args[i], value) switch
            {
                ("--port", { } v) => int.TryParse(v, CultureInfo.InvariantCulture, out port) && port is >= 0 and <= 65535,
                ("--seed", { } v) => ulong.TryParse(v, CultureInfo.InvariantCulture, out seed),
                ("--start", { } v) => DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.None, out start),
                ("--speed", { } v) => double.TryParse(v, CultureInfo.InvariantCulture, out speed) && speed >= 0 && double.IsFinite(speed),
                ("--scenario", { } v) => TryScenario(v, error, out scenario),
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine($"simulate: bad or missing value for '{args[i]}'");
                return false;
            }

            i++;
        }

        return true;
    }

    private static bool TryScenario(string path, TextWriter error, out SimulationScenario? scenario)
    {
        scenario = null;
        try
        {
            scenario = ScenarioJson.Deserialize(File.ReadAllText(path));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
        {
            error.WriteLine($"simulate: scenario '{path}': {e.Message}");
            return false;
        }
    }
}
