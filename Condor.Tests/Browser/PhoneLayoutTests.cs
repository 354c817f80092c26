using Microsoft.Playwright;

namespace Condor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "/", "Live", "live" },
        { "/trades", "Trades", "trades" },
        { "/performance", "Performance", "performance" },
        { "/audit", "Audit", "audit" },
        { "/settings", "Settings", "settings" },
    };

    [Fact]
    public async Task Login_ThenThePage_CircuitConnects()
    {
        await using var context = await fixture.Browser.NewContextAsync(BrowserFixture.PhoneOptions());
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.Url("/settings"));
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await Screenshot(page, "login");
        await page.FillAsync("#password", Web.CondorWebFactory.Password);
        await page.ClickAsync("button[type=submit]");

        await page.WaitForURLAsync(url => url.EndsWith("/settings", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-state", "live");
        await Assertions.Expect(page.Locator(".live-status-live")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=logout-form]")).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_390pxPhone_LiveNoSidewaysScrollTapTargetsAtLeast44px(string path, string title, string name)
    {
        await using var context = await fixture.LoggedInAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.Url(path));
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-state", "live");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= BrowserFixture.Phone.Width, $"{path} is {scrollWidth}px wide on a 390px phone");
        Assert.True(await page.Locator("[data-testid=mode-badge]").IsVisibleAsync());
        foreach (var link in new[] { "Live", "Trades", "Performance", "Audit", "Settings" })
        {
            Assert.True(await page.Locator(".condor-bottom-nav a", new() { HasTextString = link }).IsVisibleAsync(), $"{link} not in the bottom bar");
        }

        var small = await page.EvaluateAsync<string[]>(TapTargetsUnder44px);
        Assert.True(small.Length == 0, $"{path}: tap targets under 44px: {string.Join(", ", small)}");
        await Screenshot(page, name);
    }

    [Fact]
    public async Task Phone_BottomBarTap_NavigatesInTheCircuit()
    {
        await using var context = await fixture.LoggedInAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("/"));
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-state", "live");
        await page.EvaluateAsync("window.condorSamePage = true");

        await page.Locator(".condor-bottom-nav a", new() { HasTextString = "Settings" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Settings");
        Assert.EndsWith("/settings", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("window.condorSamePage === true"), "the page reloaded instead of navigating in the circuit");
    }

    [Fact]
    public async Task ThemeToggle_Light_KeptForTheNextPage()
    {
        await using var context = await fixture.LoggedInAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("/"));
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-state", "live");
        Assert.Equal("rgb(15, 20, 25)", await Background(page));

        await page.ClickAsync("[data-testid=theme-toggle]");
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(246, 247, 249)");
        await page.ReloadAsync();

        Assert.Equal("rgb(246, 247, 249)", await Background(page));
        await Screenshot(page, "live-light");
    }

    [Fact]
    public async Task Desktop_DrawerClick_OpensSettings()
    {
        await using var context = await fixture.LoggedInAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url("/"));
        Assert.False(await page.Locator(".condor-bottom-nav").IsVisibleAsync());

        await page.ClickAsync(".condor-drawer >> text=Settings");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Settings");
        Assert.EndsWith("/settings", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Every visible link, button and input smaller than 44×44 px or sticking out of the screen, by its text.</summary>
    private const string TapTargetsUnder44px = """
        [...document.querySelectorAll('a, button, input:not([type=hidden]), [role=button]')]
          .filter(e => e.offsetParent !== null && !e.closest('dialog'))
          .map(e => ({ e, r: e.getBoundingClientRect() }))
          .filter(x => x.r.width < 44 || x.r.height < 44 || x.r.left < 0 || x.r.right > window.innerWidth)
          .map(x => `${x.e.tagName} '${(x.e.textContent || x.e.getAttribute('aria-label') || '').trim()}' ${Math.round(x.r.width)}x${Math.round(x.r.height)}`)
        """;

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

    internal static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-390x844.png") });
    }
}
