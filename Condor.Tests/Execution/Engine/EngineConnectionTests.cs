using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Transport;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>The engine owns the broker connection: connected at start-up, reconnected after a loss, shown in the snapshot.</summary>
public sealed class EngineConnectionTests
{
    [Fact]
    public async Task Connection_DroppedByTheGateway_EngineReconnectsAndTheSnapshotShowsIt()
    {
        await using var h = await EngineHarness.StartAsync(scenario: new SimulationScenario { DropConnectionAt = GatewayHarness.Et(9, 26) });
        Assert.Equal(ConnectionState.Connected, h.Snapshot.Connection.State);

        await h.SkipToAsync(GatewayHarness.Et(9, 26, 1));
        await h.RunUntilAsync(
            s => s.Connection.State == ConnectionState.Connected && h.Events.OfType<ConnectionChanged>().Any(c => c.State == ConnectionState.Lost),
            GatewayHarness.Et(9, 28),
            "reconnected after the drop");

        var states = h.Events.OfType<ConnectionChanged>().Select(c => c.State).ToList();
        var lost = states.IndexOf(ConnectionState.Lost);
        Assert.True(lost > 0);
        Assert.Contains(ConnectionState.Connected, states.Skip(lost));
    }
}
