using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.Engine;

/// <summary>The engine's fail-closed paths over a real socket to the simulator: each places no order and records why.</summary>
public sealed class EngineNoTradeTests
{
    [Fact]
    public async Task Entry_CreditBelowMinimumUntilTheDeadline_NoOrderAndTheReason()
    {
        await using var h = await EngineHarness.StartAsync(strategy: s => s.MinCredit = 50m);

        await h.RunEntryAsync();

        var reason = h.Snapshot.Decision?.NoTradeReason ?? string.Empty;
        Assert.True(reason.Contains("below the minimum", StringComparison.Ordinal), EngineHarness.Describe(h.Snapshot));
        Assert.Contains("below the minimum 50", reason, StringComparison.Ordinal);
        Assert.Equal(PhaseStatus.Failed, h.Snapshot.Phases[EntryPhase.Send].Status);
        Assert.Empty(h.Orders);
        Assert.Contains(h.Events, e => e is NoTrade n && n.Reason == reason && n.Mode == Condor.Engine.Configuration.TradingMode.Simulated);
        Assert.Contains(await h.AuditAsync(), a => a.Kind == AuditKind.Decision && a.Message.Contains(reason, StringComparison.Ordinal));
    }
}
