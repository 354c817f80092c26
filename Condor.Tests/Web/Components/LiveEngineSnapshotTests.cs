using Bunit;
using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Transport;
using Condor.Tests.TestSupport;
using Condor.Web.Components.Pages;
using Condor.Web.Dashboard;

namespace Condor.Tests.Web.Components;

/// <summary>The Live page renders the engine's snapshot: the phases, today's decision and the open position.</summary>
public sealed class LiveEngineSnapshotTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 14, 32, 0, TimeSpan.Zero); // 09:32 ET
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public async Task LivePage_SnapshotWithDecisionAndPosition_ShowsPhasesCandidatesChosenStrikesAndPnl()
    {
        await using var source = new FakeSnapshotSource<DashboardSnapshot>(Dashboard(Traded()));
        await using var context = Context(source);

        var page = context.Render<Live>();

        var connect = page.Find("[data-phase=Connect]");
        Assert.Equal("Done", connect.GetAttribute("data-status"));
        Assert.Equal("09:25:00", connect.QuerySelector(".start")!.TextContent);
        Assert.Equal("09:25:01", connect.QuerySelector(".end")!.TextContent);
        Assert.Equal("connected, account DU1", connect.QuerySelector(".message")!.TextContent);
        Assert.Equal("Running", page.Find("[data-phase=Chase]").GetAttribute("data-status"));
        Assert.Equal(8, page.FindAll("[data-phase]").Count);

        Assert.Equal("5880/5900P 6100/6120C", page.Find("[data-testid=chosen] strong").TextContent);
        Assert.Contains("credit mid 1.35, natural 1.10", page.Find("[data-testid=chosen]").TextContent, StringComparison.Ordinal);
        var chosenPut = page.Find("[data-testid=candidates-puts] tr.chosen");
        Assert.Equal("5900", chosenPut.GetAttribute("data-strike"));
        Assert.Equal("-0.150", chosenPut.QuerySelector("td.delta")!.TextContent);
        Assert.Equal("-0.201", page.Find("[data-testid=candidates-puts] tr[data-strike='5910'] td.delta").TextContent);
        Assert.Equal("AboveCeiling", page.Find("[data-testid=candidates-puts] tr[data-strike='5910'] td.verdict").TextContent);
        Assert.Equal("6100", page.Find("[data-testid=candidates-calls] tr.chosen").GetAttribute("data-strike"));

        Assert.Equal("+$45.00 (33.3% of credit)", page.Find("[data-testid=pnl]").TextContent);
        Assert.Contains("100 pts above the short put, 100 pts below the short call", page.Find("[data-testid=position-summary]").TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.FindAll("[data-testid=legs] tr[data-leg]").Count);
        Assert.Equal("Acknowledged", page.Find("[data-exit=Stop] td:last-child").TextContent);
        Assert.Empty(page.FindAll("[data-testid=no-position]"));
    }

    [Fact]
    public async Task LivePage_SnapshotWithoutDecisionOrPosition_SaysSoAndShowsEightWaitingPhases()
    {
        await using var source = new FakeSnapshotSource<DashboardSnapshot>(Dashboard(EngineSnapshot.Initial(TradingMode.Simulated, At)));
        await using var context = Context(source);

        var page = context.Render<Live>();

        Assert.All(page.FindAll("[data-phase]"), row => Assert.Equal("Waiting", row.GetAttribute("data-status")));
        Assert.Equal(8, page.FindAll("[data-phase]").Count);
        Assert.Equal("Nothing decided yet today.", page.Find("[data-testid=no-decision]").TextContent);
        Assert.Equal("No open position.", page.Find("[data-testid=no-position]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=working-orders]"));
    }

    [Fact]
    public async Task LivePage_NoTradeDecision_ShowsTheReason()
    {
        var snapshot = EngineSnapshot.Initial(TradingMode.Simulated, At) with { Decision = DayDecision.NoTrade(Day, "VIX 31.2 above the ceiling 30") };
        await using var source = new FakeSnapshotSource<DashboardSnapshot>(Dashboard(snapshot));
        await using var context = Context(source);

        var page = context.Render<Live>();

        Assert.Contains("No trade today: VIX 31.2 above the ceiling 30", page.Find("[data-testid=no-trade]").TextContent, StringComparison.Ordinal);
    }

    private static BunitContext Context(FakeSnapshotSource<DashboardSnapshot> source) => ComponentTest.Create(services => services
        .AddSingleton<ISnapshotSource<DashboardSnapshot>>(source)
        .AddSingleton(new RenderPacing(new ManualTimeProvider(), TimeSpan.FromMilliseconds(250))));

    private static DashboardSnapshot Dashboard(EngineSnapshot engine)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var plan = SessionSchedule.For(engine.Now, ExchangeCalendar.Default, new StrategyOptions(), new ScheduleOptions(), zone);
        return new DashboardSnapshot(EngineStatus.From(engine), zone, ScheduleView.From(plan, zone));
    }

    /// <summary>An engine snapshot mid-chase on a traded day: phases 1-6 done, a decision made by the real delta rule, a position open.</summary>
    private static EngineSnapshot Traded()
    {
        var warm = At.AddMinutes(-7);
        var board = PhaseBoard.Fresh.Start(EntryPhase.Connect, warm, "connecting").Complete(EntryPhase.Connect, warm.AddSeconds(1), "connected, account DU1");
        foreach (var phase in new[] { EntryPhase.Wait, EntryPhase.Read, EntryPhase.CheckFilters, EntryPhase.FindStrikes, EntryPhase.Send })
        {
            board = board.Start(phase, At, phase.ToString());
        }

        board = board.Start(EntryPhase.Chase, At.AddSeconds(1), "step 1 at 1.35");
        OptionQuote[] chain =
        [
            new(OptionRight.Put, 5880, 0.50m, 0.60m, -0.05), new(OptionRight.Put, 5890, 1.00m, 1.10m, -0.11),
            new(OptionRight.Put, 5900, 1.40m, 1.50m, -0.150), new(OptionRight.Put, 5910, 1.90m, 2.00m, -0.201),
            new(OptionRight.Call, 6090, 1.90m, 2.00m, 0.199), new(OptionRight.Call, 6100, 1.40m, 1.50m, 0.151),
            new(OptionRight.Call, 6110, 1.00m, 1.10m, 0.11), new(OptionRight.Call, 6120, 0.50m, 0.60m, 0.05),
        ];
        var put = DeltaSelector.Select(chain, OptionRight.Put, new StrategyOptions());
        var call = DeltaSelector.Select(chain, OptionRight.Call, new StrategyOptions());
        var strikes = new ChosenStrikes(5880, 5900, 6100, 6120);
        var decision = new DayDecision(Day, put, call, strikes, $"{put.Explanation}; {call.Explanation}", new ComboQuote(1.10m, 1.35m),
            6000m, 16.2m, new MarginView(1865m, "whatIf", strikes), 1, null);
        LegView[] legs =
        [
            new(OptionRight.Put, 5880, 1, 0.55m, 0.40m, -15m), new(OptionRight.Put, 5900, -1, 1.45m, 1.00m, 45m),
            new(OptionRight.Call, 6100, -1, 1.45m, 1.00m, 45m), new(OptionRight.Call, 6120, 1, 0.55m, 0.25m, -30m),
        ];
        ExitView[] exits =
        [
            new(OrderRole.Target, "condor:20261123:target:1", 1.01m, "Acknowledged"),
            new(OrderRole.Stop, "condor:20261123:stop:1", 4.05m, "Acknowledged"),
            new(OrderRole.Time, "condor:20261123:time:1", null, "Acknowledged"),
        ];
        var position = new PositionView(7, 1, 1.35m, [.. legs], 0.90m, 45m, 33.33m, 6000m, 100m, 100m, [.. exits]);
        return EngineSnapshot.Initial(TradingMode.Simulated, At) with
        {
            Connection = new ConnectionView(ConnectionState.Connected, "connected", warm, 0),
            SessionDate = Day,
            Phases = board,
            Decision = decision,
            Position = position,
        };
    }
}
