using Microsoft.Playwright;

namespace Condor.Tests.Browser;

public sealed class PhoneLayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Pages => new() { "/", "/trades", "/performance", "/audit", "/settings" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_390pxPhone_NoSidewaysScrollAndNavigationReachable(string path)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(fixture.BaseAddress, path).ToString());

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"{path} is {scrollWidth}px wide on a 390px phone");
        var navHidden = await page.EvaluateAsync<int>("(() => { const n = document.querySelector('nav.nav'); return n.scrollWidth - n.clientWidth; })()");
        Assert.True(navHidden <= 0, $"{path}: {navHidden}px of the navigation is scrolled out of view");
        Assert.True(await page.Locator("[data-testid=mode-badge]").IsVisibleAsync());
        foreach (var link in new[] { "Live", "Trades", "Performance", "Audit", "Settings" })
        {
            Assert.Equal(1, await page.Locator("nav.nav a", new() { HasTextString = link }).CountAsync());
        }
    }

    [Fact]
    public async Task LivePage_Loads_ConnectsToTheHub()
    {
        var page = await fixture.Browser.NewPageAsync();

        await page.GotoAsync(fixture.BaseAddress.ToString());

        // app.js marks the status "live" once the SignalR connection to /hubs/engine is up.
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-state", "live");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Desktop_NavigationClick_OpensSettings()
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.GotoAsync(fixture.BaseAddress.ToString());

        await page.ClickAsync("nav.nav >> text=Settings");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Settings");
        Assert.EndsWith("/settings", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }
}
