using Condor.Engine.Configuration;
using Condor.Engine.Execution.Commands;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>Whole sessions through the engine: the simulator over a real socket, on its virtual clock, a real journal.</summary>
public sealed class EngineDayTests
{
    [Fact]
    public async Task Day_WarmupThenEntry_FillsAndPlacesThreeExitsInOneOcaGroup()
    {
        // The chase reaches the natural price after four re-prices: the simulator's fill model fills by then.
        await using var h = await EngineHarness.StartAsync(strategy: s => s.ChaseSpreadFraction = 0.25m);

        await h.RunEntryAsync();

        var s = h.Snapshot;
        Assert.True(s.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(s));
        Assert.All(s.Phases.Phases, p => Assert.Equal(PhaseStatus.Done, p.Status));
        Assert.NotNull(s.Decision?.Chosen);
        Assert.NotEmpty(s.Decision.Put!.Candidates);
        Assert.NotNull(s.Position);
        Assert.Equal(1, s.Position.Quantity);
        Assert.Equal(3, s.Position.Exits.Length);
        var entry = Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1");
        var exits = h.Orders.Where(o => o.Order.OrderRef != entry.Order.OrderRef).ToList();
        Assert.Equal(3, exits.Count);
        Assert.Single(exits.Select(o => o.Order.OcaGroup).Distinct());
        var trade = await h.Journal.GetOpenTradeAsync(GatewayHarness.Session, h.Token);
        Assert.NotNull(trade);
        Assert.Equal(TradeStatus.Open, trade.Status);
        Assert.Contains(h.Events, e => e is Fill { Role: OrderRole.Entry } f && f.Mode == TradingMode.Simulated);
        Assert.All(h.Events, e => Assert.Equal(TradingMode.Simulated, e.Mode));
    }

    [Fact]
    public async Task Start_At093240_WarmsUpColdAndStillEnters()
    {
        await using var h = await EngineHarness.StartAsync(start: GatewayHarness.Et(9, 32, 40), strategy: s => s.ChaseSpreadFraction = 0.5m);

        await h.RunEntryAsync();

        Assert.True(h.Snapshot.Phases[EntryPhase.Chase].Status == PhaseStatus.Done, EngineHarness.Describe(h.Snapshot));
        Assert.Contains(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1" && o.Filled == 1);
        Assert.True(h.Snapshot.Phases[EntryPhase.Connect].StartedAt >= GatewayHarness.Et(9, 32, 40));
    }

    [Fact]
    public async Task Day_Xsp_WingTwoAndMinimumCreditTenCents_EntersWithTwoPointWings()
    {
        await using var h = await EngineHarness.StartAsync(strategy: s =>
        {
            s.Underlying = Condor.Engine.Market.Underlying.XSP;
            s.WingWidth = 2m;
            s.MinCredit = 0.10m;
            s.ChaseSpreadFraction = 0.25m;
        });

        await h.RunEntryAsync();

        var s = h.Snapshot;
        Assert.True(s.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(s));
        Assert.Equal(2m, s.Decision!.Chosen!.WingWidth);
        Assert.InRange(s.Decision.IndexLast!.Value, 500m, 700m);
        Assert.True(s.Position!.FillCredit >= 0.10m);
        Assert.Contains(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1" && o.Contract.Symbol == "XSP");
    }

    [Fact]
    public async Task TwoEngines_InOneProcess_EachTradesItsOwnDay()
    {
        // No statics: two engines, two simulators, two journals, run at the same time.
        var one = EngineHarness.StartAsync(strategy: s => s.ChaseSpreadFraction = 0.25m);
        var two = EngineHarness.StartAsync(strategy: s => s.ChaseSpreadFraction = 0.25m, seed: 7);
        await using var a = await one;
        await using var b = await two;

        await Task.WhenAll(a.RunEntryAsync(), b.RunEntryAsync());

        foreach (var h in new[] { a, b })
        {
            Assert.True(h.Snapshot.Phases[EntryPhase.Protect].Status == PhaseStatus.Done, EngineHarness.Describe(h.Snapshot));
            Assert.Single(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1");
            Assert.NotNull(await h.Journal.GetOpenTradeAsync(GatewayHarness.Session, h.Token));
        }

        Assert.NotSame(a.Engine.Events, b.Engine.Events);
    }

    [Fact]
    public async Task EnterNow_SimulatedBeforeTheWindow_EntersAtOnceAndAuditsTheActor()
    {
        await using var h = await EngineHarness.StartAsync(start: GatewayHarness.Et(10, 15), strategy: s => s.ChaseSpreadFraction = 0.25m);
        await h.SkipToAsync(GatewayHarness.Et(10, 15, 5));

        var posted = h.Engine.PostAsync(new EnterNowCommand(AuditActor.OwnerWeb));
        await h.RunUntilAsync(_ => posted.IsCompleted, GatewayHarness.Et(10, 17), "the command's outcome");
        var outcome = await posted;

        Assert.True(outcome.Accepted, outcome.Message + " " + EngineHarness.Describe(h.Snapshot));
        Assert.Contains(h.Orders, o => o.Order.OrderRef == "condor:20261123:entry:1");
        var audit = await h.AuditAsync();
        Assert.Contains(audit, e => e.Actor == AuditActor.OwnerWeb && e.Kind == AuditKind.Command && e.Message.Contains("EnterNow requested", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Actor == AuditActor.OwnerWeb && e.Message.Contains("EnterNow done", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnterNow_LiveOutsideTheEntryWindow_Refused()
    {
        await using var h = await EngineHarness.StartAsync(start: GatewayHarness.Et(10, 15), mode: TradingMode.Live);

        var outcome = await h.Engine.PostAsync(new EnterNowCommand(AuditActor.OwnerBot));

        Assert.False(outcome.Accepted);
        Assert.Contains("only inside the entry window", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(h.Orders);
        Assert.Contains(await h.AuditAsync(), e => e.Actor == AuditActor.OwnerBot && e.Message.Contains("EnterNow refused", StringComparison.Ordinal));
    }
}
