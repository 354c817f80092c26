using Condor.Tests.TestSupport;
using Condor.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Condor.Tests.Web;

/// <summary>
/// Builds the app exactly as Program.cs does, with extra settings, for start-up tests. Unlike
/// WebApplicationFactory it leaves nothing behind when start-up fails, so failing starts can be tested
/// one after another.
/// </summary>
internal static class AppStartup
{
    /// <summary>Starts the app on a free loopback port and stops it; returns the start-up error, if any.</summary>
    public static async Task<Exception?> TryStartAsync(IDictionary<string, string?> settings)
    {
        using var data = new TempDirectory();
        try
        {
            await using var app = Build(settings, data.Path);
            await app.StartAsync();
            await app.StopAsync();
            return null;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return error;
        }
    }

    /// <param name="services">Test-only changes to the services after the app's own (e.g. Blazor's circuit options).</param>
    public static WebApplication Build(
        IDictionary<string, string?> settings, string dataDirectory, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = WebProjectDirectory(),
            // As in Condor.Web's own process: the static web assets manifests are named after the app.
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        var all = new Dictionary<string, string?>
        {
            ["Condor:DataDirectory"] = dataDirectory,
            ["urls"] = "http://127.0.0.1:0",
            // The engine connects but arms no session: start-up tests stay fast (a test that wants the day sets it true).
            ["Condor:Schedule:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCondorWeb();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseCondorWeb();
        return app;
    }

    /// <summary>Condor.Web's folder in this checkout (its wwwroot is what the app serves).</summary>
    public static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Condor.Web");
            if (File.Exists(Path.Combine(candidate, "Condor.Web.csproj")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Condor.Web/Condor.Web.csproj not found above " + AppContext.BaseDirectory);
    }
}
