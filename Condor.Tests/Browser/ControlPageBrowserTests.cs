using Microsoft.Playwright;

namespace Condor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ControlPageBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Control_JavaScriptDisabled_LogInAndKillSaysNotAvailable()
    {
        await using var context = await fixture.Browser.NewContextAsync(BrowserFixture.PhoneOptions(javaScript: false));
        var page = await context.NewPageAsync();

        await fixture.LogInAsync(page, "/control");
        Assert.EndsWith("/control", page.Url, StringComparison.Ordinal);
        await page.ClickAsync("form[data-command=kill] button");

        await Assertions.Expect(page.Locator("[data-testid=control-result]")).ToContainTextAsync("Kill switch: not available yet.");
        Assert.EndsWith("/control?unavailable=kill", page.Url, StringComparison.Ordinal);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= BrowserFixture.Phone.Width, $"/control is {scrollWidth}px wide");
        await PhoneLayoutTests.Screenshot(page, "control");
    }

    [Fact]
    public async Task Control_FromTheDrawer_LoadsAsAStaticPage()
    {
        await using var context = await fixture.LoggedInAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("/"));
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-state", "live");

        await page.ClickAsync(".condor-drawer >> text=Control");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Control");
        Assert.Equal(0, await page.Locator("script[src*='blazor.web']").CountAsync());
    }
}
