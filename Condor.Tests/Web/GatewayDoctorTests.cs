using System.Globalization;
using Condor.Engine.Configuration;
using Condor.Engine.Execution.Doctor;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Strategy;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Condor.Web.Simulation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Web;

/// <summary>The doctor's steps against a gateway directly: Experiment mode sends no whatIf and estimates the margin locally.</summary>
public sealed class GatewayDoctorTests
{
    [Fact]
    public async Task RunAsync_ExperimentMode_SkipsTheWhatIfWithTheLocalEstimateAndPasses()
    {
        var start = EasternTime.At(new DateOnly(2026, 11, 23), new TimeOnly(9, 35));
        await using var host = SimulatorHost.Create(seed: 1, start, speed: 60, scenario: null, port: 0);
        host.Start();
        var broker = new BrokerOptions { Port = host.Port };
        var settings = TwsClientSettings.FromOptions(broker, TradingMode.Experiment);
        await using var client = new TwsClient(SimulatedBrokerConnection.InRealTime(settings, 60), host.Clock, NullLoggerFactory.Instance);
        var steps = new List<DoctorStep>();
        DoctorReport report;
        await using (var doctor = new GatewayDoctor(
            client,
            new(host.Port.ToString(CultureInfo.InvariantCulture), TradingMode.Experiment, broker,
                new StrategyOptions(), ExchangeCalendar.Default, TimeSpan.FromMinutes(20)),
            host.Clock))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            report = await doctor.RunAsync(steps.Add, timeout.Token);
        }

        Assert.True(report.ExitCode == 0, string.Join(Environment.NewLine, steps));
        var whatIf = report.Steps[^1];
        Assert.Equal((DoctorStep.WhatIf, DoctorStatus.Skipped), (whatIf.Name, whatIf.Status));
        Assert.Contains("Experiment sends no whatIf; margin estimated locally (wing 20 − credit", whatIf.Detail, StringComparison.Ordinal);
        Assert.Contains("(Experiment sends no orders)", report.Steps[1].Detail, StringComparison.Ordinal);
        Assert.Equal(7, steps.Count);
    }
}
