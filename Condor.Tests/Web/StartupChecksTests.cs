using System.Net;
using System.Net.Sockets;
using Condor.Engine.Configuration;
using Condor.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web;

/// <summary>Bad configuration found at start-up, naming the key, instead of later or never.</summary>
[Collection(WebCollection.Name)]
public sealed class StartupChecksTests
{
    [Theory]
    [InlineData("Condor:Mode", "3")]
    [InlineData("Condor:Mode", "Experiment,Paper")]
    [InlineData("Condor:Strategy:Sizing", "1")]
    public async Task StartUp_EnumAsNumberOrFlags_RefusedListingTheNames(string key, string value)
    {
        var message = await StartErrorAsync(new() { [key] = value });

        Assert.Contains(key, message, StringComparison.Ordinal);
        Assert.Contains("names only", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Condor:Mode", "simulated")]
    [InlineData("Condor:Strategy:Sizing", "PercentOfNetLiquidation")]
    public async Task StartUp_EnumNameAnyCase_Starts(string key, string value) =>
        Assert.Null(await AppStartup.TryStartAsync(new Dictionary<string, string?> { [key] = value }));

    [Theory]
    [InlineData("Condor:Strategy:WingWidht", "Condor:Strategy:WingWidth")]
    [InlineData("Condor:Broker:Hostname", "Condor:Broker:Host")]
    [InlineData("Condor:Web:Password", "Condor:Web:PasswordHash")]
    [InlineData("Condor:Simulater:Port", "Condor:Simulator:Port")]
    [InlineData("Condor:strategy:wingwidht", "Condor:Strategy:WingWidth")]
    public async Task StartUp_UnknownKey_RefusedNamingItAndTheNearestKey(string key, string nearest)
    {
        var message = await StartErrorAsync(new() { [key] = "1" });

        Assert.Contains($"{key} is not a Condor setting", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"did you mean {nearest}?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeysOfAnyRegisteredOptionsClass_Accepted()
    {
        // A feature registered later (say Condor:Clock) is valid as soon as it registers its options class.
        var services = new ServiceCollection();
        services.AddValidatedOptions<CondorOptions>(CondorOptions.Section);
        services.AddValidatedOptions<ExampleOptions>("Condor:Example");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Condor:Example:Speed"] = "60",
            ["Condor:Example:Names:0"] = "a",
            ["Condor:Example:Nested:Depth"] = "2",
            ["Condor:Example:Nested:Dept"] = "2",
            ["Condor:Example:Spede"] = "60",
            ["Condor:Example:Speed:Extra"] = "1",
        }).Build();
        services.AddSingleton<IConfiguration>(configuration);
        using var provider = services.BuildServiceProvider();
        var validator = new ConfigurationKeysValidator(configuration, provider.GetServices<OptionsSection>());

        var result = validator.Validate(null, new CondorOptions());

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Condor:Example:Nested:Dept is not", StringComparison.Ordinal) && f.Contains("Condor:Example:Nested:Depth", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Condor:Example:Spede is not", StringComparison.Ordinal) && f.Contains("did you mean Condor:Example:Speed?", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Condor:Example:Speed:Extra is not", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartUp_ShippedAppSettings_HasNoUnknownKey() =>
        Assert.Null(await AppStartup.TryStartAsync(new Dictionary<string, string?>()));

    [Fact]
    public async Task StartUp_SimulatorPortBusy_NamesTheKey()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var message = await StartErrorAsync(new() { ["Condor:Simulator:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("Condor:Simulator:Port", message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_DataDirectoryUnderAFile_StopsWithAClearMessage()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");

        var message = await StartErrorAsync(new() { ["Condor:DataDirectory"] = Path.Combine(file, "data") });

        Assert.Contains("Condor:DataDirectory", message, StringComparison.Ordinal);
        Assert.Contains("must be writable", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_JournalFileNotWritable_StopsWithAClearMessage()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "condor.db")); // a folder where the journal file should be

        var message = await StartErrorAsync(new() { ["Condor:DataDirectory"] = temp.Path });

        Assert.Contains("Condor:DataDirectory", message, StringComparison.Ordinal);
        Assert.Contains("must be writable", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_DataFolderLostAfterStart_Answers503NotOk()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        using var factory = new CondorWebFactory(new Dictionary<string, string?> { ["Condor:DataDirectory"] = data });
        using var client = factory.CreateNoRedirectClient();
        using var healthy = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Directory.Delete(data, recursive: true);
        await File.WriteAllTextAsync(data, "a file where the data folder was");
        using var broken = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await broken.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        Assert.DoesNotContain("\"ok\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(data, body, StringComparison.Ordinal);
    }

    private static async Task<string> StartErrorAsync(Dictionary<string, string?> settings)
    {
        var error = await AppStartup.TryStartAsync(settings) ?? throw new Xunit.Sdk.XunitException("start-up did not fail");
        var parts = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            parts.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                parts.AddRange(aggregate.InnerExceptions.Select(i => i.Message));
            }
        }

        return string.Join(" | ", parts);
    }

    public sealed class ExampleOptions
    {
        public double Speed { get; set; }

        public List<string> Names { get; set; } = [];

        public ExampleNested Nested { get; set; } = new();
    }

    public sealed class ExampleNested
    {
        public int Depth { get; set; }
    }
}
