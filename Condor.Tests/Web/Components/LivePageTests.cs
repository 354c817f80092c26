using Bunit;
using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Tests.TestSupport;
using Condor.Web.Components.Pages;
using Condor.Web.Dashboard;

namespace Condor.Tests.Web.Components;

public sealed class LivePageTests
{
    [Fact]
    public async Task Render_TradingDay_ShowsTheDayInNewYorkAndOwnerTime()
    {
        await using var context = ComponentTest.Create();

        var card = RenderCard(context, "2026-03-10T13:00:00Z", "Europe/Berlin");

        var entry = card.Find("tr[data-moment='Entry']");
        Assert.Equal("09:32", entry.QuerySelector("td.et")!.TextContent);
        Assert.Equal("14:32", entry.QuerySelector("td.owner")!.TextContent);
        Assert.Contains("Europe/Berlin", card.Find("[data-testid=today] thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OwnerInTokyo_MarksTheNextDay()
    {
        await using var context = ComponentTest.Create();

        var card = RenderCard(context, "2026-11-23T13:00:00Z", "Asia/Tokyo");

        Assert.Equal("23:32", card.Find("tr[data-moment='Entry'] td.owner").TextContent);
        Assert.Equal("06:00 (+1 day)", card.Find("tr[data-moment='Close'] td.owner").TextContent);
    }

    [Fact]
    public async Task Render_Holiday_SaysNoSessionAndWhenTheNextIs()
    {
        await using var context = ComponentTest.Create();

        var card = RenderCard(context, "2026-12-25T15:00:00Z", "Europe/Berlin");

        var text = card.Find("[data-testid=no-session]").TextContent;
        Assert.Contains("No session today", text, StringComparison.Ordinal);
        Assert.Contains("Mon 28 Dec 2026", text, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("tr[data-moment]"));
    }

    [Fact]
    public async Task Render_Sunday_SaysWeekend()
    {
        await using var context = ComponentTest.Create();

        var card = RenderCard(context, "2026-11-22T15:00:00Z", "Europe/Berlin");

        Assert.Contains("(weekend)", card.Find("[data-testid=no-session]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_EarlyClose_SaysSo()
    {
        await using var context = ComponentTest.Create();

        var card = RenderCard(context, "2026-11-27T15:00:00Z", "Europe/Berlin");

        Assert.Contains("Early close", card.Find("[data-testid=early-close]").TextContent, StringComparison.Ordinal);
        Assert.Equal("13:00", card.Find("tr[data-moment='Close'] td.et").TextContent);
    }

    [Fact]
    public async Task LivePage_SourcePushesAChange_ShowsTheNewClockAndConnection()
    {
        await using var source = new FakeSnapshotSource<DashboardSnapshot>(Snapshot("2026-03-10T13:00:00Z", "Europe/Berlin", "Disconnected"));
        await using var context = ComponentTest.Create(services => services
            .AddSingleton<ISnapshotSource<DashboardSnapshot>>(source)
            .AddSingleton(new RenderPacing(new ManualTimeProvider(), TimeSpan.FromMilliseconds(250))));
        var page = context.Render<Live>();
        Assert.Equal("09:00:00", page.Find("[data-testid=clock-et]").TextContent);
        Assert.Equal("14:00:00", page.Find("[data-testid=clock-owner]").TextContent);
        Assert.Equal("Disconnected", page.Find("[data-testid=broker-state]").TextContent.Trim());

        await source.PushAsync(Snapshot("2026-03-10T13:31:59Z", "Europe/Berlin", "Connected"));

        page.WaitForAssertion(() => Assert.Equal("09:31:59", page.Find("[data-testid=clock-et]").TextContent));
        Assert.Equal("Connected", page.Find("[data-testid=broker-state]").TextContent.Trim());
        Assert.Equal("09:32", page.Find("tr[data-moment='Entry'] td.et").TextContent);
    }

    internal static DashboardSnapshot Snapshot(string now, string ownerZone, string broker = "Disconnected")
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ownerZone);
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        var plan = SessionSchedule.For(at, ExchangeCalendar.Default, new StrategyOptions(), new ScheduleOptions(), zone);
        var engine = EngineStatus.From(EngineSnapshot.Initial(TradingMode.Simulated, at)) with
        {
            Connection = new ConnectionStatus(broker, "test", at, 0),
        };
        return new DashboardSnapshot(engine, zone, ScheduleView.From(plan, zone));
    }

    private static IRenderedComponent<ScheduleCard> RenderCard(BunitContext context, string now, string ownerZone) =>
        context.Render<ScheduleCard>(p => p.Add(c => c.Schedule, Snapshot(now, ownerZone).Schedule));
}
