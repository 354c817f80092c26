using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Tests.Tws.Transport;
using Condor.Web.Components.Pages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web.Components;

public sealed class LivePageTests
{
    [Fact]
    public async Task Render_TradingDay_ShowsTheDayInNewYorkAndOwnerTime()
    {
        var page = await ComponentRenderer.RenderAsync<Live>(Services("2026-03-10T13:00:00Z", "Europe/Berlin"));

        var entry = page.QuerySelector("tr[data-moment='Entry']")!;
        Assert.Equal("09:32", entry.QuerySelector("td.et")!.TextContent);
        Assert.Equal("14:32", entry.QuerySelector("td.owner")!.TextContent);
        Assert.Contains("Europe/Berlin", page.QuerySelector("[data-testid=today] thead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OwnerInTokyo_MarksTheNextDay()
    {
        var page = await ComponentRenderer.RenderAsync<Live>(Services("2026-11-23T13:00:00Z", "Asia/Tokyo"));

        Assert.Equal("23:32", page.QuerySelector("tr[data-moment='Entry'] td.owner")!.TextContent);
        Assert.Equal("06:00 (+1 day)", page.QuerySelector("tr[data-moment='Close'] td.owner")!.TextContent);
    }

    [Fact]
    public async Task Render_Holiday_SaysNoSessionAndWhenTheNextIs()
    {
        var page = await ComponentRenderer.RenderAsync<Live>(Services("2026-12-25T15:00:00Z", "Europe/Berlin"));

        var text = page.QuerySelector("[data-testid=no-session]")!.TextContent;
        Assert.Contains("No session today", text, StringComparison.Ordinal);
        Assert.Contains("Mon 28 Dec 2026", text, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("tr[data-moment]"));
    }

    [Fact]
    public async Task Render_Sunday_SaysWeekend()
    {
        var page = await ComponentRenderer.RenderAsync<Live>(Services("2026-11-22T15:00:00Z", "Europe/Berlin"));

        Assert.Contains("(weekend)", page.QuerySelector("[data-testid=no-session]")!.TextContent, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string now, string ownerZone) =>
        new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(Options.Create(new CondorOptions { OwnerTimeZone = ownerZone }))
            .AddSingleton(Options.Create(new StrategyOptions()))
            .AddSingleton(Options.Create(new ScheduleOptions()))
            .AddSingleton(ExchangeCalendar.Default)
            .AddSingleton<TimeProvider>(new ManualTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)))
            .BuildServiceProvider();
}
