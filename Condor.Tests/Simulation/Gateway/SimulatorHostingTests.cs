using System.Net.Sockets;
using Condor.Engine.Configuration;
using Condor.Engine.Market;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Web.Cli;
using Condor.Web.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>The <c>simulate</c> command and the Simulated-mode hosted service.</summary>
public sealed class SimulatorHostingTests
{
    [Fact]
    public async Task Simulate_PortZeroSeedStart_PrintsPortAndServesUntilCancelled()
    {
        using var stop = new CancellationTokenSource();
        var output = new FirstLineWriter();
        var error = new StringWriter();
        var run = Task.Run(() => SimulateCommand.Run(
            ["simulate", "--port", "0", "--seed", "9", "--start", "2026-11-23T09:25:00-05:00", "--speed", "0"], output, error, TimeProvider.System, stop.Token));

        var line = await output.FirstLineAsync();
        var port = FirstLineWriter.Port(line);
        await using (var client = await TestTwsClient.ConnectAsync(port))
        {
            await client.SendAsync(new ReqCurrentTimeRequest());
            var time = await client.WaitForAsync<CurrentTimeMessage>();
            Assert.Equal(GatewayHarness.Et(9, 25).ToUnixTimeSeconds(), time.Time);
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run);
        Assert.Contains("seed 9", line, StringComparison.Ordinal);
        Assert.Contains("start 2026-11-23T09:25:00-05:00", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "x")]
    [InlineData("--speed", "-1")]
    [InlineData("--scenario", "/nonexistent/scenario.json")]
    [InlineData("--bogus", "1")]
    [InlineData("--start", "2026-11-23T09:25:00")]
    [InlineData("--started-at-utc", "2026-11-23 08:00")]
    public void Simulate_BadArgument_ExitsWithUsage(string name, string value)
    {
        var error = new StringWriter();

        var exit = SimulateCommand.Run(["simulate", name, value], TextWriter.Null, error, TimeProvider.System, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("usage: simulate", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_AnchoredAnHourAgoAtSpeed0_ReadsStartAndPrintsTheAnchor()
    {
        using var stop = new CancellationTokenSource();
        var output = new FirstLineWriter();
        var run = Task.Run(() => SimulateCommand.Run(
            ["simulate", "--port", "0", "--start", "2026-11-23T09:25:00-05:00", "--speed", "0", "--started-at-utc", "2026-11-23T13:00:00Z"],
            output, TextWriter.Null, TimeProvider.System, stop.Token));

        var line = await output.FirstLineAsync();
        long time;
        await using (var client = await TestTwsClient.ConnectAsync(FirstLineWriter.Port(line)))
        {
            await client.SendAsync(new ReqCurrentTimeRequest());
            time = (await client.WaitForAsync<CurrentTimeMessage>()).Time;
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run);
        Assert.Equal(GatewayHarness.Et(9, 25).ToUnixTimeSeconds(), time);
        Assert.Contains("started-at-utc 2026-11-23T13:00:00.000Z", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_ConfiguredExtraClosure_ListsNoExpiryThatDay()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Condor:Schedule:ExtraClosures:0"] = "2026-11-24" })
            .Build();
        using var stop = new CancellationTokenSource();
        var output = new FirstLineWriter();
        var run = Task.Run(() => SimulateCommand.Run(
            ["simulate", "--port", "0", "--start", "2026-11-23T09:25:00-05:00", "--speed", "0"],
            configuration, output, TextWriter.Null, TimeProvider.System, stop.Token, NullLoggerFactory.Instance));

        IReadOnlyList<string> expirations;
        await using (var client = await TestTwsClient.ConnectAsync(FirstLineWriter.Port(await output.FirstLineAsync())))
        {
            await client.SendAsync(new ReqSecDefOptParamsRequest(1, "SPX", string.Empty, "IND", 416904));
            var rows = await client.CollectUntilAsync<SecurityDefinitionOptionParameterMessage, SecurityDefinitionOptionParameterEndMessage>();
            expirations = rows[0].Expirations;
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run);
        Assert.Contains("20261125", expirations);
        Assert.DoesNotContain("20261124", expirations);
    }

    [Fact]
    public void Simulate_ConfiguredExtraClosureNotADate_ExitsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Condor:Schedule:ExtraClosures:0"] = "next tuesday" })
            .Build();
        var error = new StringWriter();

        var exit = SimulateCommand.Run(["simulate"], configuration, TextWriter.Null, error, TimeProvider.System, CancellationToken.None, NullLoggerFactory.Instance);

        Assert.Equal(2, exit);
        Assert.Contains("Condor:Schedule:ExtraClosures", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostedService_SimulatedMode_StartsOnEphemeralPortAndStops()
    {
        using var busy = new TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        var service = Service(TradingMode.Simulated);

        await service.StartAsync(CancellationToken.None);
        var port = service.Port!.Value;
        await using (var client = await TestTwsClient.ConnectAsync(port))
        {
            Assert.NotEqual(((System.Net.IPEndPoint)busy.LocalEndpoint).Port, port);
        }

        await service.StopAsync(CancellationToken.None);

        Assert.Null(service.Port);
        await Assert.ThrowsAnyAsync<SocketException>(() => TestTwsClient.ConnectAsync(port));
    }

    [Fact]
    public async Task HostedService_LiveMode_DoesNotStart()
    {
        var service = Service(TradingMode.Live);

        await service.StartAsync(CancellationToken.None);

        Assert.Null(service.Port);
    }

    [Fact]
    public void InRealTime_Speed60_TimeoutsAndBackOffLastTheConfiguredRealTime()
    {
        var settings = TwsClientSettings.FromOptions(new BrokerOptions { ConnectTimeoutSeconds = 10, RequestTimeoutSeconds = 15 }, Engine.Configuration.TradingMode.Simulated);

        var scaled = SimulatedBrokerConnection.InRealTime(settings, 60);

        Assert.Equal(TimeSpan.FromSeconds(15 * 60), scaled.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10 * 60), scaled.Connection.ConnectTimeout);
        Assert.Equal(settings.Connection.ReconnectBaseDelay * 60, scaled.Connection.ReconnectBaseDelay);
        Assert.Equal(settings.Connection.ReconnectMaxDelay * 60, scaled.Connection.ReconnectMaxDelay);
        Assert.Equal(settings, SimulatedBrokerConnection.InRealTime(settings, 0));
    }

    private static SimulatorHostedService Service(TradingMode mode) => new(
        Options.Create(new CondorOptions { Mode = mode }),
        Options.Create(new SimulatorHostOptions()),
        new ProcessClock(mode, new ClockOptions { Speed = 0 }, ExchangeCalendar.Default, TimeProvider.System, NullLogger.Instance),
        ExchangeCalendar.Default,
        NullLogger<SimulatorHostedService>.Instance);
}
