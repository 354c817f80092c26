using System.Globalization;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Transport;
using Condor.Tests.Simulation.Gateway;
using Condor.Tests.TestSupport;
using Condor.Web.Cli;
using Condor.Web.Simulation;

namespace Condor.Tests.Web;

/// <summary><c>Condor:Simulator:External</c>: no built-in simulator; Condor connects to a <c>simulate</c> process on the same clock anchor.</summary>
[Collection(WebCollection.Name)]
public sealed class ExternalSimulatorTests
{
    [Fact]
    public async Task StartUp_ExternalSimulatorSameAnchor_ConnectsToItAndBothReadTheSameVirtualTime()
    {
        // The rehearsal began a minute ago (real time) at 09:25 ET and runs an hour a minute: it now reads about 10:25 ET.
        var anchor = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var start = new DateTimeOffset(2026, 11, 23, 9, 25, 0, TimeSpan.FromHours(-5));
        var clock = new[] { "--start", Text(start), "--speed", "60", "--started-at-utc", Text(anchor) };
        using var stop = new CancellationTokenSource();
        var banner = new FirstLineWriter();
        var simulate = Task.Run(() => SimulateCommand.Run(
            ["simulate", "--port", "0", .. clock], banner, TextWriter.Null, TimeProvider.System, stop.Token));
        var port = FirstLineWriter.Port(await banner.FirstLineAsync());
        using var data = new TempDirectory();
        try
        {
            await using var app = AppStartup.Build(new Dictionary<string, string?>
            {
                ["Condor:Simulator:External"] = "true",
                ["Condor:Broker:Port"] = port.ToString(CultureInfo.InvariantCulture),
                ["Condor:Clock:Start"] = Text(start),
                ["Condor:Clock:Speed"] = "60",
                ["Condor:Clock:StartedAtUtc"] = Text(anchor),
            }, data.Path);

            await app.StartAsync();
            var time = app.Services.GetRequiredService<TimeProvider>();
            var client = app.Services.GetRequiredService<TwsClient>();
            var realBefore = TimeProvider.System.GetUtcNow();
            var before = time.GetUtcNow();
            var gatewayTime = await client.RequestCurrentTimeAsync(CancellationToken.None);
            var after = time.GetUtcNow();
            var realAfter = TimeProvider.System.GetUtcNow();
            var builtInPort = app.Services.GetRequiredService<SimulatorHostedService>().Port;
            var skew = app.Services.GetRequiredService<SimulatedBrokerConnection>().ExternalClockSkew;
            var state = client.State;
            await app.StopAsync();

            Assert.Null(builtInPort);
            Assert.Equal(TimeSpan.Zero, skew);
            Assert.Equal(ConnectionState.Connected, state);
            // Condor's clock follows the anchor: Start + 60 × (real now − anchor), give or take the system clock's
            // wall time versus its monotonic timestamp (microseconds, × 60).
            Assert.InRange(before, start + (60 * (realBefore - anchor)) - TimeSpan.FromSeconds(1), start + (60 * (realAfter - anchor)) + TimeSpan.FromSeconds(1));
            // The external simulator's currentTime (whole seconds) on the same anchor reads the same virtual time.
            Assert.InRange(gatewayTime, before.AddSeconds(-1), after.AddSeconds(1));
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await simulate);
        }
    }

    [Fact]
    public async Task StartUp_ExternalSimulatorOtherStart_MeasuresTheSkew()
    {
        using var stop = new CancellationTokenSource();
        var banner = new FirstLineWriter();
        var simulate = Task.Run(() => SimulateCommand.Run(
            ["simulate", "--port", "0", "--start", "2026-11-23T10:25:00-05:00", "--speed", "0"], banner, TextWriter.Null, TimeProvider.System, stop.Token));
        var port = FirstLineWriter.Port(await banner.FirstLineAsync());
        using var data = new TempDirectory();
        try
        {
            await using var app = AppStartup.Build(new Dictionary<string, string?>
            {
                ["Condor:Simulator:External"] = "true",
                ["Condor:Broker:Port"] = port.ToString(CultureInfo.InvariantCulture),
                ["Condor:Clock:Start"] = "2026-11-23T09:25:00-05:00",
                ["Condor:Clock:Speed"] = "0",
            }, data.Path);

            await app.StartAsync();
            var skew = app.Services.GetRequiredService<SimulatedBrokerConnection>().ExternalClockSkew;
            await app.StopAsync();

            Assert.Equal(TimeSpan.FromHours(1), skew);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await simulate);
        }
    }

    private static string Text(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
