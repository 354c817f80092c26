using Condor.Engine;
using Condor.Engine.Configuration;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Condor.Web.Configuration;
using Condor.Web.Dashboard;
using Condor.Web.Security;
using Condor.Web.Simulation;
using MudBlazor.Services;

namespace Condor.Web;

/// <summary>
/// Composition of the web host: services and the default listen address. Login cookies are protected
/// with keys kept under <c>Condor:DataDirectory/keys</c>, so a restart does not log the owner out.
/// </summary>
internal static class WebApplicationBuilderExtensions
{
    /// <summary>Loopback by default: a newcomer's first run is never exposed to the network.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplicationBuilder AddCondorWeb(this WebApplicationBuilder builder)
    {
        if (!ListenAddresses.Configured(builder.Configuration).Any())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Blazor's and MudBlazor's files come from their packages (static web assets). A published app has them
        // in wwwroot; run from the build output (dotnet run, the tests) in any environment, the build's manifest
        // points at them. Without that manifest this does nothing.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddCondorEngine();
        builder.Services.AddCondorSecurity();
        builder.Services.AddSimulatedGateway();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddDashboard();
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<EffectiveConfiguration>();
        builder.Services.AddDataProtection();
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<CondorOptions>, ILoggerFactory>((keys, condor, loggers) =>
                keys.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.Combine(condor.Value.DataDirectory, "keys")), loggers));
        return builder;
    }
}
