using Condor.Engine.Configuration;
using Condor.Engine.Market;
using Condor.Engine.Tws;
using Condor.Engine.Tws.Client;
using Condor.Tests.TestSupport;
using Condor.Web.Dashboard;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web.Components;

public sealed class DashboardSnapshotSourceTests
{
    [Fact]
    public async Task Tick_EveryWallSecond_PublishesTheOneClocksTimeAndTheConnection()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 10, 14, 31, 0, TimeSpan.Zero));
        var wall = new ManualTimeProvider();
        await using var broker = new TwsClient(Options.Create(new BrokerOptions()), Options.Create(new CondorOptions { Mode = TradingMode.Paper }), clock, NullLoggerFactory.Instance);
        await using var source = new DashboardSnapshotSource(
            Options.Create(new CondorOptions { Mode = TradingMode.Paper }), Options.Create(new Engine.Strategy.StrategyOptions()),
            Options.Create(new Engine.Execution.ScheduleOptions()), ExchangeCalendar.Default, clock,
            new RenderPacing(wall, TimeSpan.FromMilliseconds(250)), broker);
        await source.StartAsync(CancellationToken.None);
        var seen = new List<DashboardSnapshot>();
        using var subscription = source.Subscribe(seen.Add);

        clock.Advance(TimeSpan.FromMinutes(1));
        wall.Advance(TimeSpan.FromSeconds(1));

        var last = Assert.Single(seen);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 14, 32, 0, TimeSpan.Zero), last.Now);
        Assert.Equal(TradingMode.Paper, last.Mode);
        Assert.Equal("Disconnected", last.Broker);
        Assert.True(last.Schedule.Trading);
        Assert.Same(last, source.Current);
        await source.StopAsync(CancellationToken.None);
    }
}
