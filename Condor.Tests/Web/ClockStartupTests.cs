using Condor.Engine.Simulation;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Transport;
using Condor.Tests.TestSupport;
using Condor.Web.Security;
using Condor.Web.Simulation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web;

/// <summary>One clock for the whole process: the DI clock, <c>/api/status</c>, the TWS client and the simulator agree, in every mode.</summary>
[Collection(WebCollection.Name)]
public sealed class ClockStartupTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 25, 0, TimeSpan.FromHours(-5));

    [Fact]
    public async Task StartUp_Simulated_DiClockStatusSimulatorAndGatewayReadTheRehearsalClockOnTheConfiguredCalendar()
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?>
        {
            ["Condor:Clock:Start"] = "2026-11-23T09:25:00-05:00",
            ["Condor:Clock:Speed"] = "0",
            ["Condor:Schedule:ExtraClosures:0"] = "2026-11-24",
        }, data.Path);

        await app.StartAsync();
        var time = app.Services.GetRequiredService<TimeProvider>();
        var simulatorClock = app.Services.GetRequiredService<SimulatorHostedService>().Clock;
        var client = app.Services.GetRequiredService<TwsClient>();
        var gatewayTime = await client.RequestCurrentTimeAsync(CancellationToken.None);
        var chains = await client.GetOptionChainParametersAsync("SPX", "IND", 416904, CancellationToken.None);
        var status = await AppStatus.GetAsync(app.Services);
        var now = time.GetUtcNow();
        var cookies = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var apiToken = app.Services.GetRequiredService<IOptionsMonitor<AuthenticationSchemeOptions>>().Get(ApiTokenAuthenticationHandler.SchemeName);
        await app.StopAsync();

        Assert.IsType<VirtualClock>(time);
        Assert.Same(time, simulatorClock);
        Assert.Equal(Start, now);
        Assert.Equal(Start, status.ServerTimeUtc);
        Assert.Equal(Start, gatewayTime);
        Assert.Equal(new AppStatus.Rehearsal(Start, 0, status.Rehearsal!.StartedAtUtc), status.Rehearsal);
        Assert.Equal(("Simulated", nameof(ConnectionState.Connected)), (status.Mode, status.Broker));
        // The simulator lists no expiry on a configured extra closure (Condor:Schedule:ExtraClosures).
        var expirations = chains.SelectMany(c => c.Expirations).ToHashSet();
        Assert.Contains("20261123", expirations);
        Assert.Contains("20261125", expirations);
        Assert.DoesNotContain("20261124", expirations);
        // The owner's login sessions are the one exception: they live in real time, whatever the rehearsal's speed.
        Assert.Same(TimeProvider.System, cookies.TimeProvider);
        Assert.Same(TimeProvider.System, apiToken.TimeProvider);
    }

    [Theory]
    [InlineData("Paper")]
    [InlineData("Experiment")] // Live refuses to start for now (LiveModeGateTests)
    public async Task StartUp_RealGatewayMode_EverythingReadsTheSystemClock(string mode)
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?> { ["Condor:Mode"] = mode }, data.Path);

        await app.StartAsync();
        var time = app.Services.GetRequiredService<TimeProvider>();
        var before = TimeProvider.System.GetUtcNow();
        var status = await AppStatus.GetAsync(app.Services);
        var after = TimeProvider.System.GetUtcNow();
        var simulatorPort = app.Services.GetRequiredService<SimulatorHostedService>().Port;
        await app.StopAsync();

        Assert.Same(TimeProvider.System, time);
        Assert.InRange(status.ServerTimeUtc, before, after);
        Assert.Null(status.Rehearsal);
        Assert.Null(simulatorPort);
        Assert.Equal((mode, nameof(ConnectionState.Disconnected)), (status.Mode, status.Broker));
    }

    [Theory]
    [InlineData("Paper", "Condor:Clock:Start", "2026-11-23T09:25:00-05:00")]
    [InlineData("Paper", "Condor:Clock:Speed", "1")] // Live refuses to start for now (LiveModeGateTests)
    [InlineData("Experiment", "Condor:Clock:StartedAtUtc", "2026-11-23T14:00:00Z")]
    public async Task StartUp_ClockKeyOutsideSimulated_FailsNamingTheKey(string mode, string key, string value)
    {
        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["Condor:Mode"] = mode, [key] = value });

        Assert.NotNull(error);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains("real clock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_ReplacedSimulatorSpeedKey_FailsNamingItsReplacement()
    {
        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["Condor:Simulator:Speed"] = "60" });

        Assert.NotNull(error);
        Assert.Contains("Condor:Simulator:Speed", error.Message, StringComparison.Ordinal);
        Assert.Contains("Condor:Clock:Speed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_StartWithoutOffset_FailsNamingTheKey()
    {
        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["Condor:Clock:Start"] = "2026-11-23T09:25:00" });

        Assert.NotNull(error);
        Assert.Contains("Condor:Clock:Start", error.Message, StringComparison.Ordinal);
        Assert.Contains("offset", error.Message, StringComparison.Ordinal);
    }
}
