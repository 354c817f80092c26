using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Simulation.EndToEnd;

/// <summary>The simulator behind the contract tests: a <see cref="GatewayHarness"/> (gateway on an ephemeral loopback port, stopped virtual clock).</summary>
internal sealed class SimulatedMarketControl(GatewayHarness harness) : IMarketControl
{
    public int Port => harness.Gateway.Port;

    public DateOnly Session => GatewayHarness.Session;

    public DateTimeOffset Now => harness.Clock.GetUtcNow();

    public static async Task<IMarketControl> StartAsync(GatewaySetup setup)
    {
        var start = GatewayHarness.Et(setup.Start.Hour, setup.Start.Minute, setup.Start.Second);
        return new SimulatedMarketControl(await GatewayHarness.StartAsync(setup.Scenario, setup.Seed, start));
    }

    public void Advance(TimeSpan span) => harness.Advance(span);

    public ValueTask DisposeAsync() => harness.DisposeAsync();
}
