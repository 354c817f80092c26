using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Tws.Client;

/// <summary>The DI registration: one client from Condor:Broker, not connected at start-up.</summary>
public sealed class TwsClientServiceCollectionTests
{
    [Fact]
    public async Task AddTwsClient_Resolved_IsASingletonThatHasNotConnectedAndIsTheBrokerGateway()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new BrokerOptions { Port = 4002, RequestTimeoutSeconds = 3 }));
        services.AddSingleton(Options.Create(new CondorOptions { Mode = TradingMode.Paper }));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddTwsClient();
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<TwsClient>();

        Assert.Same(client, provider.GetRequiredService<TwsClient>());
        Assert.Same(client, provider.GetRequiredService<IBrokerGateway>());
        Assert.Equal(ConnectionState.Disconnected, client.State);
    }

    [Fact]
    public void FromOptions_BrokerOptions_TimeoutAccountAndModeCarriedOver()
    {
        var settings = TwsClientSettings.FromOptions(new BrokerOptions { RequestTimeoutSeconds = 12, Account = "DU7", Port = 4001 }, TradingMode.Live);

        Assert.Equal(TradingMode.Live, settings.Mode);
        Assert.Equal(TimeSpan.FromSeconds(12), settings.RequestTimeout);
        Assert.Equal("DU7", settings.Account);
        Assert.Equal(4001, settings.Connection.Port);
        Assert.Equal(99, settings.MaxMarketDataLines);
    }
}
