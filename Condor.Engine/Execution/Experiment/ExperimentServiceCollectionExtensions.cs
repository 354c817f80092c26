using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Market;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// Registers Experiment mode's broker boundary: <c>Condor:Experiment</c> (<see cref="ExperimentOptions"/>) and, in
/// <c>Condor:Mode = Experiment</c>, the engine's <see cref="IBrokerGateway"/> as an <see cref="ExperimentGateway"/>
/// over the app's one TWS client (which stays registered as itself: it is the connection). In every other mode the
/// engine's gateway is the TWS client. Call after <c>AddTwsClient</c>.
/// </summary>
public static class ExperimentServiceCollectionExtensions
{
    public static IServiceCollection AddExperimentGateway(this IServiceCollection services)
    {
        services.AddValidatedOptions<ExperimentOptions>(ExperimentOptions.Section);
        services.AddSingleton(sp => new ExperimentGateway(
            sp.GetRequiredService<TwsClient>(),
            ExperimentSettings.From(
                sp.GetRequiredService<IOptions<ExperimentOptions>>().Value,
                sp.GetRequiredService<IOptions<BrokerOptions>>().Value),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ExperimentGateway>>(),
            sp.GetService<ExchangeCalendar>(),
            ownsInner: false));
        services.Replace(ServiceDescriptor.Singleton<IBrokerGateway>(sp =>
            sp.GetRequiredService<IOptions<CondorOptions>>().Value.Mode == TradingMode.Experiment
                ? sp.GetRequiredService<ExperimentGateway>()
                : sp.GetRequiredService<TwsClient>()));
        return services;
    }
}
