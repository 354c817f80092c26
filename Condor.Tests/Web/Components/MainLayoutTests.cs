using Bunit;
using Condor.Engine.Configuration;
using Condor.Web.Components.Layout;
using Condor.Web.Configuration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Condor.Tests.Web.Components;

public sealed class MainLayoutTests
{
    [Fact]
    public async Task Render_LiveMode_RedAppBarBadgeAndLiveBar()
    {
        await using var context = Context(TradingMode.Live, passwordHash: null);

        var layout = Render(context);

        Assert.Equal("LIVE", layout.Find("[data-testid=mode-badge]").TextContent.Trim());
        Assert.Contains("mud-theme-error", layout.Find("[data-testid=app-bar]").ClassList);
        Assert.Contains("real money", layout.Find("[data-testid=live-bar]").TextContent, StringComparison.Ordinal);
        Assert.Contains("mode-live", layout.Find(".mud-layout").ClassList);
    }

    [Theory]
    [InlineData(TradingMode.Simulated)]
    [InlineData(TradingMode.Paper)]
    [InlineData(TradingMode.Experiment)]
    public async Task Render_NotLive_NoLiveBarNoRedAppBar(TradingMode mode)
    {
        await using var context = Context(mode, passwordHash: null);

        var layout = Render(context);

        Assert.Empty(layout.FindAll("[data-testid=live-bar]"));
        Assert.DoesNotContain("mud-theme-error", layout.Find("[data-testid=app-bar]").ClassList);
    }

    [Fact]
    public async Task Render_NoPassword_OpenAccessBannerAndNoLogout()
    {
        await using var context = Context(TradingMode.Simulated, passwordHash: null);

        var layout = Render(context);

        Assert.Contains("No password is configured", layout.Find("[data-testid=open-access-banner]").TextContent, StringComparison.Ordinal);
        Assert.Empty(layout.FindAll("[data-testid=logout-form]"));
    }

    [Fact]
    public async Task Render_Password_LogoutFormWithAntiforgeryTokenAndNoBanner()
    {
        await using var context = Context(TradingMode.Simulated, passwordHash: CondorWebFactory.PasswordHash);

        var layout = Render(context);

        Assert.Empty(layout.FindAll("[data-testid=open-access-banner]"));
        var form = layout.Find("[data-testid=logout-form]");
        Assert.Equal("/auth/logout", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(ComponentTest.AntiforgeryValue, form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_EveryPage_InTheBottomBarAndTheDrawer()
    {
        await using var context = Context(TradingMode.Simulated, passwordHash: null);

        var layout = Render(context);

        var bottom = layout.FindAll(".condor-bottom-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/trades", "/performance", "/audit", "/settings"], bottom);
        var drawer = layout.FindAll(".condor-drawer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/trades", "/performance", "/audit", "/settings", "/control"], drawer);
        Assert.Contains("Body of the page", layout.Markup, StringComparison.Ordinal);
    }

    private static IRenderedComponent<MainLayout> Render(BunitContext context) =>
        context.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "Body of the page"))));

    private static BunitContext Context(TradingMode mode, string? passwordHash) =>
        ComponentTest.Create(services => services
            .AddSingleton(Options.Create(new CondorOptions { Mode = mode }))
            .AddSingleton(Options.Create(new WebOptions { PasswordHash = passwordHash })));
}
