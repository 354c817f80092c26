using Condor.Engine.Execution.Commands;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Safety;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Tests.Execution.EngineRuns;
using Condor.Tests.Journal;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.Safety;

/// <summary>Kill, pause and start-up reconciliation through the engine's command loop, over the simulator.</summary>
public sealed class EngineSafetyTests
{
    [Fact]
    public async Task Kill_WithAnOpenCondor_ExitsCancelledClosedFlatReasonKill_UrgentEvent()
    {
        await using var h = await EngineHarness.StartAsync(strategy: s => s.ChaseSpreadFraction = 0.25m);
        await h.RunEntryAsync();
        Assert.True(h.Snapshot.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(h.Snapshot));
        var tradeId = h.Snapshot.Position!.TradeId;

        var kill = h.Engine.PostAsync(new KillCommand(AuditActor.OwnerWeb));
        await h.RunUntilAsync(_ => kill.IsCompleted, GatewayHarness.Et(9, 40), "killed");
        var outcome = await kill;

        Assert.True(outcome.Accepted, outcome.Message);
        Assert.Null(h.Snapshot.Position);
        Assert.Equal(KillSwitch.DoneState, h.Snapshot.KillSwitch);
        var trade = await h.Journal.GetTradeAsync(tradeId, h.Token);
        Assert.Equal((TradeStatus.Closed, ExitReason.Kill), (trade!.Status, trade.ExitReason));
        var exits = h.Orders.Where(o => o.Order.OcaGroup.Length > 0).ToList();
        Assert.Equal(3, exits.Count);
        Assert.All(exits, o => Assert.Equal("Cancelled", o.Status));
        Assert.Single(h.Orders, o => o.Order.OrderRef.Contains(":kill:", StringComparison.Ordinal) && o.Status == "Filled");
        Assert.Contains(h.Events, e => e is UrgentAlert a && a.Message.Contains("Kill switch executed", StringComparison.Ordinal));
        Assert.Contains(await h.AuditAsync(), a => a.Actor == AuditActor.OwnerWeb && a.Message.Contains("Kill requested", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kill_WhileDisconnected_AcceptedPersistedShownPending_ExecutedOnReconnect()
    {
        var scenario = new Condor.Engine.Simulation.SimulationScenario
        {
            DropConnectionAt = GatewayHarness.Et(9, 40),
            RefuseConnectionsFrom = GatewayHarness.Et(9, 40),
            RefuseConnectionsFor = TimeSpan.FromMinutes(1),
        };
        await using var h = await EngineHarness.StartAsync(scenario: scenario, strategy: s => s.ChaseSpreadFraction = 0.25m);
        await h.RunEntryAsync();
        var tradeId = h.Snapshot.Position!.TradeId;
        await h.SkipToAsync(GatewayHarness.Et(9, 40, 1));
        await h.RunUntilAsync(s => s.Connection.State != Condor.Engine.Tws.Transport.ConnectionState.Connected, GatewayHarness.Et(9, 40, 30), "disconnected");

        var pending = await h.Engine.PostAsync(new KillCommand(AuditActor.OwnerBot));
        var shownPending = h.Snapshot.KillSwitch;
        var flagged = await h.Journal.GetEngineFlagAsync(KillSwitch.FlagKey(GatewayHarness.Session), h.Token);
        await h.RunUntilAsync(s => s.KillSwitch == KillSwitch.DoneState, GatewayHarness.Et(9, 50), "kill executed after the reconnect");

        Assert.True(pending.Accepted, pending.Message);
        Assert.Equal(KillSwitch.PendingState, shownPending);
        Assert.Equal(KillSwitch.PendingState, flagged);
        Assert.Equal(Condor.Engine.Tws.Transport.ConnectionState.Connected, h.Snapshot.Connection.State);
        var trade = await h.Journal.GetTradeAsync(tradeId, h.Token);
        Assert.Equal((TradeStatus.Closed, ExitReason.Kill), (trade!.Status, trade.ExitReason));
        Assert.Null(h.Snapshot.Position);
    }

    [Fact]
    public async Task Pause_BlocksThe0932Entry_AndSurvivesARestart_ResumeAllowsTheNextDay()
    {
        await using var journal = await TempJournal.CreateAsync();
        await using var gateway = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 20));
        await using (var first = await EngineHarness.StartAsync(shared: gateway, journal: journal))
        {
            var paused = await first.Engine.PostAsync(new PauseCommand(AuditActor.OwnerBot));
            Assert.True(paused.Accepted, paused.Message);
            Assert.True(first.Snapshot.Paused);
        }

        await using var second = await EngineHarness.StartAsync(shared: gateway, journal: journal); // a restart on the same journal
        await second.RunEntryAsync();

        Assert.Equal("paused: entries are skipped until resumed", second.Snapshot.Decision?.NoTradeReason);
        Assert.DoesNotContain(second.Orders, o => o.Order.OrderRef.Contains(":entry:", StringComparison.Ordinal));
        Assert.Null(await second.Journal.GetOpenTradeAsync(GatewayHarness.Session, second.Token));
        var resumed = await second.Engine.PostAsync(new ResumeCommand(AuditActor.OwnerWeb));
        Assert.True(resumed.Accepted);
        Assert.False(second.Snapshot.Paused);
        Assert.False(await new PauseSwitch(second.Journal, second.Clock).IsPausedAsync(second.Token));
    }

    [Fact]
    public async Task StartUp_ReconciliationAdoptsAFillMadeWhileTheEngineWasDown_AndReattachesTheExits()
    {
        await using var journal = await TempJournal.CreateAsync();
        await using var gateway = await GatewayHarness.StartAsync(start: GatewayHarness.Et(9, 25));
        await using (var first = await EngineHarness.StartAsync(shared: gateway, journal: journal, strategy: s => s.ChaseSpreadFraction = 0.25m))
        {
            await first.SkipToAsync(GatewayHarness.Et(9, 31, 50));
            await first.RunUntilAsync(_ => first.Orders.Any(o => o.Order.OrderRef == "condor:20261123:entry:1"), GatewayHarness.Et(9, 33), "entry sent");
        } // the engine stops with its entry working at the broker

        // while it is down the entry fills: the simulator works the order on its own clock
        for (var second = 0; second < 120 && !gateway.Gateway.Book.Orders(o => o.Order.OrderRef == "condor:20261123:entry:1").Any(o => o.Status == "Filled"); second++)
        {
            gateway.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var entry = Assert.Single(gateway.Gateway.Book.Orders(o => o.Order.OrderRef == "condor:20261123:entry:1"));
        if (entry.Status != "Filled")
        {
            Assert.Fail($"the entry did not fill while the engine was down ({entry.Status}, lmt {entry.Order.LmtPrice})");
        }

        await using var restarted = await EngineHarness.StartAsync(shared: gateway, journal: journal, strategy: s => s.ChaseSpreadFraction = 0.25m);
        await restarted.RunUntilAsync(
            _ => restarted.Orders.Count(o => o.Order.OcaGroup.Length > 0 && o.Status is "Submitted" or "PreSubmitted") == 3,
            gateway.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), "exits re-attached");

        var trade = await restarted.Journal.GetOpenTradeAsync(GatewayHarness.Session, restarted.Token);
        Assert.NotNull(trade);
        Assert.Equal(TradeStatus.Open, trade.Status);
        Assert.NotNull(trade.Credit);
        Assert.Contains(await restarted.AuditAsync(), a => a.Actor == AuditActor.Reconciliation);
        Assert.Single(restarted.Orders, o => o.Order.OrderRef.Contains(":entry:", StringComparison.Ordinal)); // no second entry
    }
}
