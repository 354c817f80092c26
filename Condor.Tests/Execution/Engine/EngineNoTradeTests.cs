using Condor.Engine.Configuration;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>
/// The engine's fail-closed paths over a real socket to the simulator: each places no order (the simulator's book
/// stays empty) and records the reason in the snapshot, the event stream and the audit log.
/// </summary>
public sealed class EngineNoTradeTests
{
    /// <summary>Put strikes from 5800 to 5995: every put the engine could take as a short (spot is near 6000).</summary>
    private static IEnumerable<decimal> Puts => Enumerable.Range(0, 40).Select(i => 5800m + (5 * i));

    [Fact]
    public async Task Entry_CreditBelowMinimumUntilTheDeadline_NoOrderAndTheReason()
    {
        // Deterministic: the clock stays stopped and moves in the engine's poll steps, each step's messages (the quotes,
        // a whatIf answer) delivered before the next one. Run at a rehearsal speed instead, the virtual clock keeps
        // running while a loaded machine (the engine tests in parallel) starves the engine, so a virtual-clock wait (a
        // whatIf's 15 s request timeout is 0.75 s of wall time at 20x) could expire and end the day with another reason.
        await using var h = await EngineHarness.StartAsync(strategy: s => s.MinCredit = 50m);
        await h.SkipToAsync(GatewayHarness.Et(9, 32));
        // The entry tick must be handled before the clock moves on: a starved engine would otherwise first see the
        // entry after the deadline ("missed the entry window"). Bounded wall-clock wait for the engine, not a sleep.
        using (var starved = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (h.Snapshot.Phases[EntryPhase.Read].Status == PhaseStatus.Waiting)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), starved.Token);
            }
        }

        while (h.Snapshot.Decision?.NoTradeReason is null && h.Clock.GetUtcNow() < GatewayHarness.Et(9, 34))
        {
            await h.SkipToAsync(h.Clock.GetUtcNow() + Condor.Engine.Execution.TradingEngine.PollInterval, Condor.Engine.Execution.TradingEngine.PollInterval);
        }

        Assert.True(h.Snapshot.Phases[EntryPhase.Send].Status == PhaseStatus.Failed, EngineHarness.Describe(h.Snapshot));

        var reason = await AssertNoTradeAsync(h, EntryPhase.Send, "below the minimum 50");
        Assert.Contains("until the deadline", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_NaNBidAskOnEveryPut_NoCandidateNoOrder()
    {
        var scenario = new SimulationScenario { QuoteFaults = [.. Puts.Select(k => new StrikeFault(k, QuoteFaultKind.NaNBidAsk, OptionRight.Put))] };
        await using var h = await EngineHarness.StartAsync(scenario: scenario);

        await h.RunEntryAsync();

        await AssertNoTradeAsync(h, EntryPhase.FindStrikes, string.Empty);
        Assert.All(h.Snapshot.Decision!.Put!.Candidates.Where(c => Puts.Contains(c.Strike)), c => Assert.NotEqual(Condor.Engine.Strategy.DeltaVerdict.Chosen, c.Verdict));
    }

    [Fact]
    public async Task Entry_NoGreeksOnEveryPut_NoCandidateNoOrder()
    {
        var scenario = new SimulationScenario { QuoteFaults = [.. Puts.Select(k => new StrikeFault(k, QuoteFaultKind.NoGreeks, OptionRight.Put))] };
        await using var h = await EngineHarness.StartAsync(scenario: scenario);

        await h.RunEntryAsync();

        await AssertNoTradeAsync(h, EntryPhase.FindStrikes, string.Empty);
        Assert.Contains(h.Snapshot.Decision!.Put!.Candidates, c => c.Verdict == Condor.Engine.Strategy.DeltaVerdict.MissingDelta);
    }

    [Fact]
    public async Task Entry_MissingWing_NoOrder()
    {
        // The short put lands between 5925 and 5940 on this path: every wing 20 below it has no bid/ask.
        var scenario = new SimulationScenario
        {
            QuoteFaults = [.. new[] { 5900m, 5905m, 5910m, 5915m, 5920m }.Select(k => new StrikeFault(k, QuoteFaultKind.MissingBidAsk, OptionRight.Put))],
        };
        await using var h = await EngineHarness.StartAsync(scenario: scenario);

        await h.RunEntryAsync();

        var reason = await AssertNoTradeAsync(h, EntryPhase.FindStrikes, string.Empty);
        Assert.True(h.Snapshot.Decision!.Put!.HasChoice, reason);
    }

    [Fact]
    public async Task Warmup_TodaysExpiryNotListed_NoTradeAndUrgentAlert()
    {
        await using var h = await EngineHarness.StartAsync(scenario: new SimulationScenario { NoExpiryToday = true });

        await h.RunEntryAsync();

        await AssertNoTradeAsync(h, EntryPhase.Connect, "today's expiry 20261123 is not listed");
        Assert.Contains(h.Events, e => e is UrgentAlert a && a.Message.Contains("not listed", StringComparison.Ordinal));
        Assert.Contains(h.Snapshot.RecentAlerts, a => a.Urgent);
    }

    [Fact]
    public async Task Send_MarginAboveMaxMarginPerTrade_NoOrder()
    {
        await using var h = await EngineHarness.StartAsync(strategy: s => s.MaxMarginPerTrade = 100m);

        await h.RunEntryAsync();

        await AssertNoTradeAsync(h, EntryPhase.Send, "Max margin");
        Assert.Equal("whatIf", h.Snapshot.Decision!.Margin!.Source);
    }

    [Fact]
    public async Task Send_NoWhatIfAnswerInPaper_NoOrderEvenWithTheBypass()
    {
        // Paper (as Live): the gateway refuses the whatIf (no answer at all): the bypass is for EMPTY answers only.
        var scenario = new SimulationScenario { RequestErrors = [new RequestError("placeOrder", 321, "whatIf refused", Occurrence: 1)] };
        await using var h = await EngineHarness.StartAsync(scenario: scenario, mode: TradingMode.Paper, broker: b => b.AllowEmptyWhatIfInPaper = true);

        await h.RunEntryAsync();

        await AssertNoTradeAsync(h, EntryPhase.Send, "no whatIf answer", TradingMode.Paper);
        Assert.Contains(h.Events, e => e is UrgentAlert && e.Mode == TradingMode.Paper);
    }

    [Fact]
    public async Task Chase_EntryRejected201_NoWorkingOrderUrgentAlert()
    {
        // The first placeOrder is the whatIf; the second, the entry, is rejected.
        var scenario = new SimulationScenario { RequestErrors = [new RequestError("placeOrder", 201, "Order rejected - reason: test", Occurrence: 2)] };
        await using var h = await EngineHarness.StartAsync(scenario: scenario);

        await h.RunEntryAsync();

        await AssertNoTradeAsync(h, EntryPhase.Chase, "rejected");
        Assert.Contains(h.Events, e => e is UrgentAlert);
    }

    [Fact]
    public async Task Entry_NotSubscribed354OnEveryPut_NoOrder()
    {
        var scenario = new SimulationScenario { MarketDataFaults = [.. Puts.Select(k => new MarketDataFault(354, k, OptionRight.Put))] };
        await using var h = await EngineHarness.StartAsync(scenario: scenario);

        await h.RunEntryAsync();

        var reason = await AssertNoTradeAsync(h, EntryPhase.FindStrikes, string.Empty);
        Assert.Contains("354", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_CompetingSession10197BeforeTheEntry_NoOrder()
    {
        var scenario = new SimulationScenario { MarketDataFaults = [new MarketDataFault(10197, At: GatewayHarness.Et(9, 31))] };
        await using var h = await EngineHarness.StartAsync(scenario: scenario);

        await h.RunEntryAsync();

        var reason = await AssertNoTradeAsync(h, EntryPhase.Read, "no SPX last price");
        Assert.Contains("10197", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_At0934_NoOrderMissedTheEntryWindow()
    {
        await using var h = await EngineHarness.StartAsync(start: GatewayHarness.Et(9, 34));

        await h.RunUntilAsync(s => s.Decision?.NoTradeReason is not null, GatewayHarness.Et(9, 35), "a no-trade reason");

        await AssertNoTradeAsync(h, EntryPhase.Connect, "missed the entry window");
    }

    [Fact]
    public async Task Holiday_ExchangeClosed_NoTradeRecordedAndNothingWarmedUp()
    {
        var thanksgiving = new DateOnly(2026, 11, 26);
        await using var h = await EngineHarness.StartAsync(start: ExchangeTime.AtNewYork(thanksgiving, new TimeOnly(9, 20)));

        await h.SkipToAsync(ExchangeTime.AtNewYork(thanksgiving, new TimeOnly(9, 24, 55)));
        await h.RunUntilAsync(s => s.Decision?.NoTradeReason is not null, ExchangeTime.AtNewYork(thanksgiving, new TimeOnly(9, 26)), "a no-trade reason");

        Assert.Equal("no trade: exchange closed", h.Snapshot.Decision?.NoTradeReason);
        Assert.Equal(thanksgiving, h.Snapshot.SessionDate);
        Assert.Equal(PhaseStatus.Failed, h.Snapshot.Phases[EntryPhase.Connect].Status);
        Assert.All(h.Snapshot.Phases.Phases.Skip(1), p => Assert.Equal(PhaseStatus.Skipped, p.Status));
        Assert.Empty(h.Orders);
        var session = await h.Journal.GetSessionAsync(thanksgiving, h.Token);
        Assert.Equal("no trade: exchange closed", session?.NoTradeReason);
        Assert.Contains(h.Events, e => e is NoTrade n && n.SessionDate == thanksgiving);
    }

    /// <summary>No order at the simulator; the reason in the snapshot, the failed phase, the event (with the mode) and the audit log.</summary>
    private static async Task<string> AssertNoTradeAsync(EngineHarness h, EntryPhase phase, string expected, TradingMode mode = TradingMode.Simulated)
    {
        var reason = h.Snapshot.Decision?.NoTradeReason ?? string.Empty;
        Assert.True(reason.Contains(expected, StringComparison.Ordinal) && reason.Length > 0, EngineHarness.Describe(h.Snapshot));
        Assert.Equal(PhaseStatus.Failed, h.Snapshot.Phases[phase].Status);
        Assert.Empty(h.Orders);
        Assert.Contains(h.Events, e => e is NoTrade n && n.Reason == reason && n.Mode == mode);
        Assert.Contains(await h.AuditAsync(), a => a.Kind == AuditKind.Decision && a.Message.Contains(reason, StringComparison.Ordinal));
        var session = await h.Journal.GetSessionAsync(GatewayHarness.Session, h.Token);
        Assert.Equal(reason, session?.NoTradeReason);
        return reason;
    }
}
