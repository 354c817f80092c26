using Condor.Engine.Simulation;
using Condor.Tests.TestSupport;
using Condor.Web.Cli;
using Microsoft.Extensions.Configuration;

namespace Condor.Tests.Web;

/// <summary>
/// <c>doctor</c> against the built-in simulator over a real socket, on the rehearsal clock (09:35 ET of a trading day,
/// 60× the wall clock): exit code 0 when the day has what it needs, else 1 and the failed step named.
/// </summary>
public sealed class DoctorCommandTests
{
    [Fact]
    public async Task Doctor_GoodTradingDay_EveryStepOkExitCodeZero()
    {
        var (code, output, _) = await RunAsync(SimulationScenario.None);

        Assert.True(code == 0, output);
        foreach (var step in new[] { "connect: server version 177", "accounts: DU", "market-data type: 1 (real-time)", "permissions:", "expiry: 20261123 (today) is listed for SPXW", "strikes:", "whatIf margin:" })
        {
            Assert.Contains($"[ok]   {step}", output, StringComparison.Ordinal);
        }

        Assert.Matches(@"strikes: \d+/\d+P \d+/\d+C mid credit", output);
        Assert.Matches(@"\[\d+ -0\.1\d\d\]", output); // the chosen short put with its delta
        Assert.Contains("initial margin +", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_NoExpiryToday_FailsNamingTheExpiryStep()
    {
        var (code, output, _) = await RunAsync(new SimulationScenario { NoExpiryToday = true });

        Assert.Equal(1, code);
        Assert.Contains("[FAIL] expiry: 20261123 (today) is not listed", output, StringComparison.Ordinal);
        Assert.Contains("FAILED at step 'expiry'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("whatIf margin:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_IndexMarketDataNotSubscribed354_FailsNamingPermissions()
    {
        var (code, output, _) = await RunAsync(new SimulationScenario { RequestErrors = [new RequestError("reqMktData", 354, Occurrence: 1)] });

        Assert.Equal(1, code);
        Assert.Contains("[FAIL] permissions: SPX market data: error 354", output, StringComparison.Ordinal);
        Assert.Contains("FAILED at step 'permissions'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_EmptyWhatIfAnswer_FailsNamingTheWhatIfStep()
    {
        var (code, output, _) = await RunAsync(new SimulationScenario { EmptyWhatIf = true });

        Assert.Equal(1, code);
        Assert.Contains("[FAIL] whatIf margin: no margin answer", output, StringComparison.Ordinal);
        Assert.Contains("FAILED at step 'whatIf margin'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_EmptyWhatIfWithPaperBypass_WarnsAndPasses()
    {
        var (code, output, _) = await RunAsync(new SimulationScenario { EmptyWhatIf = true }, new() { ["Condor:Broker:AllowEmptyWhatIfInPaper"] = "true" });

        Assert.True(code == 0, output);
        Assert.Contains("[warn] whatIf margin: no margin answer", output, StringComparison.Ordinal);
        Assert.Contains("bypassed by Condor:Broker:AllowEmptyWhatIfInPaper", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_NoGatewayListening_FailsNamingTheConnectStep()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now

        var (code, output, _) = await RunAsync(SimulationScenario.None, new()
        {
            ["Condor:Mode"] = "Paper",
            ["Condor:Broker:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Condor:Clock:Start"] = null,
            ["Condor:Clock:Speed"] = null,
        });

        Assert.Equal(1, code);
        Assert.Contains($"[FAIL] connect: cannot connect to 127.0.0.1:{port}", output, StringComparison.Ordinal);
        Assert.Contains("FAILED at step 'connect'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_BadClientId_UsageExitCodeTwo()
    {
        var (code, _, error) = await RunAsync(SimulationScenario.None, args: ["doctor", "--client-id", "x"]);

        Assert.Equal(2, code);
        Assert.Contains("--client-id", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(
        SimulationScenario scenario, Dictionary<string, string?>? extra = null, string[]? args = null)
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "scenario.json");
        await File.WriteAllTextAsync(file, ScenarioJson.Serialize(scenario));
        var settings = new Dictionary<string, string?>
        {
            ["Condor:Mode"] = "Simulated",
            ["Condor:Clock:Start"] = "2026-11-23T09:35:00-05:00",
            ["Condor:Clock:Speed"] = "60",
            ["Condor:Simulator:Scenario"] = file,
            // An empty whatIf waits for the request timeout (real seconds, whatever the rehearsal's speed).
            ["Condor:Broker:RequestTimeoutSeconds"] = "1",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await DoctorCommand.RunAsync(args ?? ["doctor"], configuration, output, error, TimeProvider.System, timeout.Token);
        return (code, output.ToString(), error.ToString());
    }
}
