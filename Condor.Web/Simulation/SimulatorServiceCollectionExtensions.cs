using Condor.Engine.Configuration;
using Condor.Engine.Simulation.Gateway;

namespace Condor.Web.Simulation;

/// <summary>Registers the Simulated-mode gateway simulator (a singleton, so its port can be read, and a hosted service).</summary>
internal static class SimulatorServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatedGateway(this IServiceCollection services)
    {
        services.AddValidatedOptions<SimulatorHostOptions>(SimulatorHostOptions.Section);
        services.AddSingleton<SimulatorHostedService>();
        services.AddHostedService(sp => sp.GetRequiredService<SimulatorHostedService>());
        return services;
    }
}
