using Condor.Engine.Configuration;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Simulation;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>
/// Phase 6's whatIf margin check through the engine, over a real socket to the simulator with its whatIf faults
/// (scenario <see cref="SimulationScenario.EmptyWhatIf"/> and <see cref="SimulationScenario.WhatIfFault"/>).
/// Live itself refuses to start in the app (LiveModeGate); here the engine runs with <see cref="TradingMode.Live"/>
/// in its settings against a simulator that manages a live-looking account (U…, since the engine refuses a paper DU…
/// account in Live), which is how the engine's Live rules are reached in a test.
/// </summary>
public sealed class EngineWhatIfTests
{
    private const string Bypass = "bypassed by Condor:Broker:AllowEmptyWhatIfInPaper";

    [Fact]
    public async Task Send_EmptyWhatIfInLive_NoOrderEvenWithTheBypassSetting()
    {
        await using var run = await StartAsync(new SimulationScenario { EmptyWhatIf = true }, TradingMode.Live, bypass: true);
        var h = run.Engine;

        await h.RunEntryAsync();

        await AssertNoTradeAsync(h, "empty whatIf answer", TradingMode.Live);
        Assert.Contains(h.Events, e => e is UrgentAlert && e.Mode == TradingMode.Live);
        Assert.DoesNotContain(await h.AuditAsync(), a => a.Message.Contains(Bypass, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TradingMode.Paper)]
    [InlineData(TradingMode.Simulated)]
    public async Task Send_EmptyWhatIfWithoutTheBypassSetting_NoOrder(TradingMode mode)
    {
        await using var run = await StartAsync(new SimulationScenario { EmptyWhatIf = true }, mode);
        var h = run.Engine;

        await h.RunEntryAsync();

        await AssertNoTradeAsync(h, "empty whatIf answer", mode);
    }

    [Theory]
    [InlineData(TradingMode.Paper)]
    [InlineData(TradingMode.Simulated)]
    public async Task Send_EmptyWhatIfWithTheBypassSetting_EntersAndTheAuditLogSaysSo(TradingMode mode)
    {
        await using var run = await StartAsync(new SimulationScenario { EmptyWhatIf = true }, mode, bypass: true);
        var h = run.Engine;

        await h.RunEntryAsync();

        var s = h.Snapshot;
        Assert.True(s.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(s));
        Assert.Contains(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1");
        Assert.Null(s.Decision!.Margin!.PerContract);
        Assert.StartsWith("bypassed", s.Decision.Margin.Source, StringComparison.Ordinal);
        Assert.Contains(await h.AuditAsync(), a => a.Kind == AuditKind.Decision && a.Message.Contains("empty whatIf answer", StringComparison.Ordinal)
            && a.Message.Contains(Bypass, StringComparison.Ordinal) && a.Message.Contains(mode.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TradingMode.Live)]
    [InlineData(TradingMode.Paper)]
    [InlineData(TradingMode.Simulated)]
    public async Task Send_BogusCommission_NoOrderInEveryModeThatAsks(TradingMode mode)
    {
        // Margins set, the commission at IB's unset 1.797e308: the answer is not believed; the empty-answer bypass does not apply.
        await using var run = await StartAsync(new SimulationScenario { WhatIfFault = WhatIfFault.BogusCommission }, mode, bypass: true);
        var h = run.Engine;

        await h.RunEntryAsync();

        var reason = await AssertNoTradeAsync(h, "bogus whatIf answer", mode);
        Assert.Contains("commission unset", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(await h.AuditAsync(), a => a.Message.Contains(Bypass, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TradingMode.Live)]
    [InlineData(TradingMode.Simulated)]
    public async Task Send_UnsetMarginsFirstThenTheRealAnswer_UsesTheRealOne(TradingMode mode)
    {
        await using var run = await StartAsync(new SimulationScenario { WhatIfFault = WhatIfFault.UnsetMarginsFirst }, mode);
        var h = run.Engine;

        await h.RunEntryAsync();

        var s = h.Snapshot;
        Assert.True(s.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(s));
        Assert.Equal("whatIf", s.Decision!.Margin!.Source);
        Assert.True(s.Decision.Margin.PerContract > 0, $"margin {s.Decision.Margin.PerContract}");
        Assert.Contains(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1");
    }

    /// <summary>
    /// An engine in <paramref name="mode"/> on a simulator of its own; for Live the simulator manages a live-looking
    /// account (the engine's Live mode refuses IB's paper accounts, DU…), so the engine reaches the send phase.
    /// </summary>
    private static async Task<Harness> StartAsync(SimulationScenario scenario, TradingMode mode, bool bypass = false)
    {
        var gateway = await GatewayHarness.StartAsync(
            scenario, settings: mode == TradingMode.Live ? new Condor.Engine.Simulation.Gateway.GatewaySettings { Account = "U7654321" } : null);
        try
        {
            return new Harness(gateway, await EngineHarness.StartAsync(mode: mode, broker: b => b.AllowEmptyWhatIfInPaper = bypass, shared: gateway));
        }
        catch
        {
            await gateway.DisposeAsync();
            throw;
        }
    }

    /// <summary>The engine and the simulator it shares (the engine harness does not own a shared simulator).</summary>
    private sealed record Harness(GatewayHarness Gateway, EngineHarness Engine) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Engine.DisposeAsync();
            await Gateway.DisposeAsync();
        }
    }

    /// <summary>No order at the simulator; the reason in the snapshot, the failed send phase, the event (with the mode), the audit log and the journal.</summary>
    private static async Task<string> AssertNoTradeAsync(EngineHarness h, string expected, TradingMode mode)
    {
        var reason = h.Snapshot.Decision?.NoTradeReason ?? string.Empty;
        Assert.True(reason.Contains(expected, StringComparison.Ordinal), EngineHarness.Describe(h.Snapshot));
        Assert.Equal(PhaseStatus.Failed, h.Snapshot.Phases[EntryPhase.Send].Status);
        Assert.Empty(h.Orders);
        Assert.Contains(h.Events, e => e is NoTrade n && n.Reason == reason && n.Mode == mode);
        Assert.Contains(await h.AuditAsync(), a => a.Kind == AuditKind.Decision && a.Message.Contains(reason, StringComparison.Ordinal));
        var session = await h.Journal.GetSessionAsync(GatewayHarness.Session, h.Token);
        Assert.Equal(reason, session?.NoTradeReason);
        return reason;
    }
}
