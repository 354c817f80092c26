using Condor.Engine;
using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Execution.Experiment;
using Condor.Engine.Tws.Client;
using Condor.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Execution.Experiment;

/// <summary>The composition: in Condor:Mode = Experiment the engine's broker gateway is the decorator over the one TWS client.</summary>
public sealed class ExperimentRegistrationTests
{
    [Fact]
    public async Task AddCondorEngine_ExperimentMode_BrokerGatewayIsTheDecoratorOverTheTwsClient()
    {
        using var data = new TempDirectory();
        await using var provider = Build(data.Path, ("Condor:Mode", "Experiment"), ("Condor:Experiment:Seed", "5"));

        var gateway = provider.GetRequiredService<IBrokerGateway>();

        var experiment = Assert.IsType<ExperimentGateway>(gateway);
        Assert.Same(provider.GetRequiredService<TwsClient>(), experiment.Inner);
        Assert.Same(gateway, provider.GetRequiredService<IBrokerGateway>());
        Assert.Equal(5, provider.GetRequiredService<IOptions<ExperimentOptions>>().Value.Seed);
        Assert.Equal(TradingMode.Experiment, provider.GetRequiredService<IOptions<CondorOptions>>().Value.Mode); // validates the keys: Condor:Experiment is known
    }

    [Fact]
    public async Task AddCondorEngine_PaperMode_BrokerGatewayIsTheTwsClient()
    {
        using var data = new TempDirectory();
        await using var provider = Build(data.Path, ("Condor:Mode", "Paper"));

        Assert.Same(provider.GetRequiredService<TwsClient>(), provider.GetRequiredService<IBrokerGateway>());
    }

    [Fact]
    public async Task ExperimentOptions_NegativeSeed_RefusedNamingTheKey()
    {
        using var data = new TempDirectory();
        await using var provider = Build(data.Path, ("Condor:Mode", "Experiment"), ("Condor:Experiment:Seed", "-1"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ExperimentOptions>>().Value);

        Assert.Contains("Condor:Experiment:Seed", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string dataDirectory, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
                .Append(new("Condor:DataDirectory", dataDirectory)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCondorEngine();
        return services.BuildServiceProvider();
    }
}
