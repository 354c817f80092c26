using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;

namespace Condor.Web.Cli;

/// <summary>
/// <c>simulate [--port 4002] [--seed N] [--start 2026-11-23T09:25:00-05:00] [--speed 60] [--started-at-utc 2026-11-23T08:00:00Z]
/// [--scenario file.json]</c>: runs the TWS-protocol gateway simulator on 127.0.0.1 until Ctrl+C, for Condor in Simulated mode
/// with <c>Condor:Simulator:External</c> (or any TWS client). Its clock read <c>--start</c> at the real instant
/// <c>--started-at-utc</c> and runs at <c>--speed</c>: give Condor the same values as <c>Condor:Clock:Start</c>,
/// <c>Speed</c> and <c>StartedAtUtc</c> (the banner prints them) and both read the same virtual time, across restarts
/// of either. Defaults: port 4002 (IB Gateway paper), seed 1, anchor now, start 09:25 ET of the session current at the
/// anchor (or the next), speed 1. The calendar is the configured one (<c>Condor:Schedule:ExtraClosures</c>).
/// </summary>
internal static class SimulateCommand
{
    private const string Usage =
        "usage: simulate [--port 4002] [--seed N] [--start 2026-11-23T09:25:00-05:00] [--speed 60] [--started-at-utc 2026-11-23T08:00:00Z] [--scenario file.json]";

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
            return Run(args, configuration, output, error, TimeProvider.System, stop.Token, loggers);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>With no configuration: the built-in calendar; no logging.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken stop) =>
        Run(args, new ConfigurationBuilder().Build(), output, error, time, stop, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, TimeProvider time, CancellationToken stop, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(time);
        if (!TryCalendar(configuration, error, out var calendar) || !TryParse(args, error, out var parsed))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var anchor = RehearsalAnchor.Resolve(parsed.Start, parsed.Speed, parsed.StartedAtUtc, time.GetUtcNow(), calendar);
        var host = SimulatorHost.Create(anchor, time, parsed.Seed, parsed.Scenario, parsed.Port, loggers.CreateLogger<SimulatedGateway>(), calendar);
        try
        {
            host.Start();
            output.WriteLine(FormattableString.Invariant(
                $"Simulated TWS gateway on 127.0.0.1:{host.Port}  seed {parsed.Seed}  start {anchor.Start:yyyy-MM-ddTHH:mm:sszzz}  speed {anchor.Speed}x  started-at-utc {anchor.StartedAtUtc:yyyy-MM-ddTHH:mm:ss.fffZ}  (Ctrl+C stops)"));
            output.Flush();
            stop.WaitHandle.WaitOne();
            return 0;
        }
        catch (SocketException e)
        {
            error.WriteLine($"simulate: cannot listen on 127.0.0.1:{parsed.Port}: {e.Message}");
            return 1;
        }
        finally
        {
            // The command line is synchronous; this is its edge.
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static bool TryParse(string[] args, TextWriter error, out Arguments parsed)
    {
        var (port, seed, speed) = (4002, 1UL, 1d);
        DateTimeOffset? start = null, startedAt = null;
        SimulationScenario? scenario = null;
        parsed = new Arguments(port, seed, start, null, startedAt, scenario);
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('=', StringComparison.Ordinal))
            {
                continue; // --Key=value: a configuration setting, read by the configuration.
            }

            var value = i + 1 < args.Length ? args[i + 1] : null;
            var ok = (args[i], value) switch
            {
                ("--port", { } v) => int.TryParse(v, CultureInfo.InvariantCulture, out port) && port is >= 0 and <= 65535,
                ("--seed", { } v) => ulong.TryParse(v, CultureInfo.InvariantCulture, out seed),
                ("--start", { } v) => TryInstant(v, out start),
                ("--speed", { } v) => double.TryParse(v, CultureInfo.InvariantCulture, out speed) && speed is >= 0 and <= 100_000,
                ("--started-at-utc", { } v) => TryInstant(v, out startedAt),
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

        parsed = new Arguments(port, seed, start, speed, startedAt, scenario);
        return true;
    }

    private static bool TryInstant(string text, out DateTimeOffset? instant)
    {
        var ok = ClockOptions.TryParseInstant(text, out var value);
        instant = ok ? value : null;
        return ok;
    }

    private static bool TryCalendar(IConfiguration configuration, TextWriter error, out ExchangeCalendar calendar)
    {
        calendar = ExchangeCalendar.Default;
        var schedule = configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var invalid = schedule.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(schedule))
            .FirstOrDefault(r => r.MemberNames.Contains(nameof(ScheduleOptions.ExtraClosures)));
        if (invalid is not null)
        {
            error.WriteLine($"simulate: {ScheduleOptions.Section}:{nameof(ScheduleOptions.ExtraClosures)}: {invalid.ErrorMessage}");
            return false;
        }

        calendar = new ExchangeCalendar(schedule.ExtraClosureDates());
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

    private sealed record Arguments(int Port, ulong Seed, DateTimeOffset? Start, double? Speed, DateTimeOffset? StartedAtUtc, SimulationScenario? Scenario);
}
