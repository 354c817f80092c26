using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Market;
using Condor.Engine.Tws.Transport;
using Condor.Tests.TestSupport;
using Condor.Web.Dashboard;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web.Components;

/// <summary>The dashboard's snapshot is the engine's: re-read every wall second and on every engine event.</summary>
public sealed class DashboardSnapshotSourceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 14, 31, 0, TimeSpan.Zero);

    [Fact]
    public async Task Tick_EveryWallSecond_PublishesTheOneClocksTimeAndTheEnginesConnection()
    {
        var clock = new ManualTimeProvider(Start);
        var wall = new ManualTimeProvider();
        var engine = EngineSnapshot.Initial(TradingMode.Paper, Start);
        await using var source = Source(clock, wall, () => engine, new EngineEvents());
        await source.StartAsync(CancellationToken.None);
        var seen = new List<DashboardSnapshot>();
        using var subscription = source.Subscribe(seen.Add);

        clock.Advance(TimeSpan.FromMinutes(1));
        wall.Advance(TimeSpan.FromSeconds(1));

        var last = Assert.Single(seen);
        Assert.Equal(Start.AddMinutes(1), last.Now);
        Assert.Equal(TradingMode.Paper, last.Mode);
        Assert.Equal("Disconnected", last.Broker);
        Assert.True(last.Schedule.Trading);
        Assert.Same(last, source.Current);
        await source.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EngineEvent_EngineSnapshotChanged_PublishesItsPhasesAndDecision()
    {
        var clock = new ManualTimeProvider(Start);
        var events = new EngineEvents();
        var engine = EngineSnapshot.Initial(TradingMode.Simulated, Start);
        await using var source = Source(clock, new ManualTimeProvider(), () => engine, events);
        await source.StartAsync(CancellationToken.None);
        var published = new TaskCompletionSource<DashboardSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = source.Subscribe(s => published.TrySetResult(s));

        engine = engine with
        {
            Connection = new ConnectionView(ConnectionState.Connected, "connected", Start, 0),
            Phases = PhaseBoard.Fresh.Start(EntryPhase.Connect, Start, "connecting").Fail(EntryPhase.Connect, Start, "exchange closed"),
            Decision = DayDecision.NoTrade(new DateOnly(2026, 3, 10), "no trade: exchange closed"),
        };
        events.Publish(new NoTrade(TradingMode.Simulated, Start, new DateOnly(2026, 3, 10), "no trade: exchange closed"));
        var snapshot = await published.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("Connected", snapshot.Broker);
        Assert.Equal(8, snapshot.Engine.Phases.Count);
        Assert.Equal(("Connect", "Failed", "exchange closed"), (snapshot.Engine.Phases[0].Phase, snapshot.Engine.Phases[0].Status, snapshot.Engine.Phases[0].Message));
        Assert.Equal("Skipped", snapshot.Engine.Phases[7].Status);
        Assert.Equal("no trade: exchange closed", snapshot.Engine.Decision?.NoTradeReason);
        await source.StopAsync(CancellationToken.None);
    }

    private static DashboardSnapshotSource Source(TimeProvider clock, TimeProvider wall, Func<EngineSnapshot> engine, EngineEvents events) => new(
        Options.Create(new CondorOptions()), Options.Create(new Engine.Strategy.StrategyOptions()),
        Options.Create(new ScheduleOptions()), ExchangeCalendar.Default, clock,
        new RenderPacing(wall, TimeSpan.FromMilliseconds(250)), engine, () => events);
}
