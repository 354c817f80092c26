using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Doctor;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Condor.Web.Simulation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Web.Cli;

/// <summary>
/// <c>doctor [--client-id N]</c>: checks, line by line, that the configured gateway (<c>Condor:Broker</c>; in
/// Simulated mode the built-in simulator on the rehearsal clock, or <c>Condor:Broker</c> with
/// <c>Condor:Simulator:External</c>) has what a trading day needs (<see cref="GatewayDoctor"/>). Exit code 0 when it
/// does, 1 naming the failed step, 2 for bad arguments or settings. Sends no order. Connects as
/// <c>Condor:Broker:ClientId</c> + 1 unless <c>--client-id</c> says otherwise, so a running Condor keeps its connection.
/// </summary>
internal static class DoctorCommand
{
    private const string Usage = "usage: doctor [--client-id N]";

    /// <summary>A real duration the doctor waits for quotes and greeks (scaled to the rehearsal clock's speed).</summary>
    private static readonly TimeSpan QuoteWait = DoctorSettings.DefaultQuoteWait;

    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            // The command line is synchronous; this is its edge.
            return RunAsync(args, configuration, output, error, TimeProvider.System, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, TimeProvider wall, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryOptions(configuration, error, out var condor, out var broker, out var strategy, out var schedule, out var clock, out var simulator)
            || !TryClientId(args, broker, error, out var clientId))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var calendar = new ExchangeCalendar(schedule.ExtraClosureDates());
        var settings = TwsClientSettings.FromOptions(broker, condor.Mode);
        settings = settings with { Connection = settings.Connection with { ClientId = clientId } };
        TimeProvider time = wall;
        VirtualClock? rehearsal = null;
        SimulatorHost? host = null;
        var speed = 1d;
        try
        {
            if (condor.Mode == TradingMode.Simulated)
            {
                var anchor = RehearsalAnchor.Resolve(clock.StartInstant(), clock.Speed, clock.StartedAtInstant(), wall.GetUtcNow(), calendar);
                rehearsal = anchor.CreateClock(wall);
                time = rehearsal;
                speed = Math.Max(1, anchor.Speed);
                settings = SimulatedBrokerConnection.InRealTime(settings, anchor.Speed);
                if (!simulator.External)
                {
                    host = SimulatorHost.CreateOn(rehearsal, (ulong)simulator.Seed, anchor.Start, simulator.LoadScenario(), 0, logger: null, calendar);
                    host.Start();
                    settings = settings with { Connection = settings.Connection with { Host = "127.0.0.1", Port = host.Port } };
                }
            }

            var endpoint = string.Create(CultureInfo.InvariantCulture, $"{settings.Connection.Host}:{settings.Connection.Port}")
                + (host is null ? string.Empty : " (the built-in simulator)")
                + string.Create(CultureInfo.InvariantCulture, $", client id {clientId}");
            output.WriteLine($"Condor doctor: {condor.Mode} mode, {strategy.Underlying}, gateway {endpoint}");
            await using var client = new TwsClient(settings, time, NullLoggerFactory.Instance);
            var doctorSettings = new DoctorSettings(endpoint, condor.Mode, broker, strategy, calendar, QuoteWait * speed);
            DoctorReport report;
            await using (var doctor = new GatewayDoctor(client, doctorSettings, time))
            {
                report = await doctor.RunAsync(step => output.WriteLine(step.ToString()), cancellationToken);
            }

            await client.DisconnectAsync(CancellationToken.None);
            output.WriteLine(report.Failed is { } failed
                ? $"doctor: FAILED at step '{failed.Name}': a trading day would not have what it needs."
                : "doctor: the trading day has what it needs.");
            return report.ExitCode;
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException or System.Text.Json.JsonException or ArgumentException)
        {
            error.WriteLine($"doctor: {e.Message}");
            return 2;
        }
        finally
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            rehearsal?.Dispose();
        }
    }

    private static bool TryClientId(string[] args, BrokerOptions broker, TextWriter error, out int clientId)
    {
        clientId = broker.ClientId + 1;
        var at = Array.IndexOf(args, "--client-id");
        if (at < 0)
        {
            return true;
        }

        if (at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out clientId))
        {
            return true;
        }

        error.WriteLine("doctor: bad or missing value for '--client-id'");
        return false;
    }

    private static bool TryOptions(
        IConfiguration configuration, TextWriter error, out CondorOptions condor, out BrokerOptions broker, out StrategyOptions strategy,
        out ScheduleOptions schedule, out ClockOptions clock, out SimulatorHostOptions simulator)
    {
        condor = Bind<CondorOptions>(configuration, CondorOptions.Section);
        broker = Bind<BrokerOptions>(configuration, BrokerOptions.Section);
        strategy = Bind<StrategyOptions>(configuration, StrategyOptions.Section);
        schedule = Bind<ScheduleOptions>(configuration, ScheduleOptions.Section);
        clock = Bind<ClockOptions>(configuration, ClockOptions.Section);
        simulator = Bind<SimulatorHostOptions>(configuration, SimulatorHostOptions.Section);
        var problems = new List<string>();
        foreach (var (section, options) in new (string, object)[]
        {
            (CondorOptions.Section, condor), (BrokerOptions.Section, broker), (StrategyOptions.Section, strategy),
            (ScheduleOptions.Section, schedule), (ClockOptions.Section, clock), (SimulatorHostOptions.Section, simulator),
        })
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            {
                problems.AddRange(results.Select(r => $"{section}:{r.MemberNames.FirstOrDefault()}: {r.ErrorMessage}"));
            }
        }

        foreach (var problem in problems)
        {
            error.WriteLine($"doctor: {problem}");
        }

        return problems.Count == 0;
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new() => configuration.GetSection(section).Get<T>() ?? new T();
}
