using Condor.Tests.TestSupport;
using Bunit;
using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Tests.Tws.Transport;
using Condor.Web.Components.Pages;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web.Components;

public sealed class LivePageTests
{
    [Fact]
    public async Task Render_TradingDay_ShowsTheDayInNewYorkAndOwnerTime()
    {
        await using var context = Context("2026-03-10T13:00:00Z", "Europe/Berlin");

        var page = context.Render<Live>();

        var entry = page.Find("tr[data-moment='Entry']");
        Assert.Equal("09:32", entry.QuerySelector("td.et")!.TextContent);
        Assert.Equal("14:32", entry.QuerySelector("td.owner")!.TextContent);
        Assert.Contains("Europe/Berlin", page.Find("[data-testid=today] thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OwnerInTokyo_MarksTheNextDay()
    {
        await using var context = Context("2026-11-23T13:00:00Z", "Asia/Tokyo");

        var page = context.Render<Live>();

        Assert.Equal("23:32", page.Find("tr[data-moment='Entry'] td.owner").TextContent);
        Assert.Equal("06:00 (+1 day)", page.Find("tr[data-moment='Close'] td.owner").TextContent);
    }

    [Fact]
    public async Task Render_Holiday_SaysNoSessionAndWhenTheNextIs()
    {
        await using var context = Context("2026-12-25T15:00:00Z", "Europe/Berlin");

        var page = context.Render<Live>();

        var text = page.Find("[data-testid=no-session]").TextContent;
        Assert.Contains("No session today", text, StringComparison.Ordinal);
        Assert.Contains("Mon 28 Dec 2026", text, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("tr[data-moment]"));
    }

    [Fact]
    public async Task Render_Sunday_SaysWeekend()
    {
        await using var context = Context("2026-11-22T15:00:00Z", "Europe/Berlin");

        var page = context.Render<Live>();

        Assert.Contains("(weekend)", page.Find("[data-testid=no-session]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_EarlyClose_SaysSo()
    {
        await using var context = Context("2026-11-27T15:00:00Z", "Europe/Berlin");

        var page = context.Render<Live>();

        Assert.Contains("Early close", page.Find("[data-testid=early-close]").TextContent, StringComparison.Ordinal);
        Assert.Equal("13:00", page.Find("tr[data-moment='Close'] td.et").TextContent);
    }

    private static BunitContext Context(string now, string ownerZone) =>
        ComponentTest.Create(services => services
            .AddSingleton(Options.Create(new CondorOptions { OwnerTimeZone = ownerZone }))
            .AddSingleton(Options.Create(new StrategyOptions()))
            .AddSingleton(Options.Create(new ScheduleOptions()))
            .AddSingleton(ExchangeCalendar.Default)
            .AddSingleton<TimeProvider>(new ManualTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))));
}
