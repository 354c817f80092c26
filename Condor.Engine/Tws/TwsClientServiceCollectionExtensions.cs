using Condor.Engine.Tws.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Tws;

/// <summary>Registers the TWS client. It does not connect at start-up: the engine decides when to connect.</summary>
public static class TwsClientServiceCollectionExtensions
{
    /// <summary>One <c>TwsClient</c> singleton configured from <c>Condor:Broker</c> (<see cref="BrokerOptions"/>), also registered as the engine's <c>IBrokerGateway</c>.</summary>
    public static IServiceCollection AddTwsClient(this IServiceCollection services)
    {
        services.AddSingleton(sp => new TwsClient(
            sp.GetRequiredService<IOptions<BrokerOptions>>(),
            sp.GetRequiredService<IOptions<Configuration.CondorOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<Broker.IBrokerGateway>(sp => sp.GetRequiredService<TwsClient>());
        return services;
    }
}
