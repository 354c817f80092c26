using Condor.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Condor.Tests.Web;

/// <summary>
/// The real web app in memory with extra settings layered over appsettings.json. Data goes to a temp folder.
/// </summary>
public sealed class CondorWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";
    public const string ApiToken = "test-api-token-0123456789abcdef";

    private static readonly Lazy<string> PasswordHashValue = new(() => Condor.Web.Security.PasswordHasher.Hash(Password));

    private readonly Dictionary<string, string?> _settings;
    private readonly TempDirectory _data = new();

    public CondorWebFactory(IDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Condor:DataDirectory"] = _data.Path,
            // The engine connects but arms no session: web tests stay fast (a test that wants the day sets it true).
            ["Condor:Schedule:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public static string PasswordHash => PasswordHashValue.Value;

    /// <summary>A factory with the owner's password and API token configured.</summary>
    public static CondorWebFactory WithPassword(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Condor:Web:PasswordHash"] = PasswordHash,
            ["Condor:Web:ApiToken"] = ApiToken,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new CondorWebFactory(settings);
    }

    public HttpClient CreateNoRedirectClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client that talks HTTPS to the in-memory server (the request scheme is https).</summary>
    public HttpClient CreateHttpsClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestRemoteAddress>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
