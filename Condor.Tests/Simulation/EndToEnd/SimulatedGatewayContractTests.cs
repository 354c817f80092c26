namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>The broker-gateway contract run against Condor's simulated gateway on a virtual clock.</summary>
public sealed class SimulatedGatewayContractTests : BrokerGatewayContractTests
{
    private protected override Task<IMarketControl> StartMarketAsync(GatewaySetup setup) => SimulatedMarketControl.StartAsync(setup);
}
