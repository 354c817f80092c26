using Condor.Engine.Configuration;
using Condor.Engine.Simulation.Gateway;
using Condor.Engine.Tws.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Condor.Web.Simulation;

/// <summary>
/// Registers the Simulated-mode gateway simulator (a singleton, so its port can be read, and a hosted service)
/// and the mode-aware TWS client: in Simulated mode it talks to the simulator, in the others to Condor:Broker.
/// </summary>
internal static class SimulatorServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatedGateway(this IServiceCollection services)
    {
        services.AddValidatedOptions<SimulatorHostOptions>(SimulatorHostOptions.Section);
        services.AddSingleton<SimulatorHostedService>();
        services.AddHostedService(sp => sp.GetRequiredService<SimulatorHostedService>());
        services.Replace(ServiceDescriptor.Singleton(SimulatedBrokerConnection.CreateClient));
        services.AddSingleton<SimulatedBrokerConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<SimulatedBrokerConnection>());
        return services;
    }
}
