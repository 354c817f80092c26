using Microsoft.Playwright;

namespace Condor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LogoutBrowserTests(BrowserFixture fixture)
{
    /// <summary>On the second app: logging out ends every session, which would log the other tests out.</summary>
    [Fact]
    public async Task LogoutButton_InTheAppBar_PostsTheFormAndEndsTheSession()
    {
        var app = await fixture.ForgetfulAppAsync();
        await using var context = await fixture.Browser.NewContextAsync(BrowserFixture.PhoneOptions());
        var page = await context.NewPageAsync();
        await fixture.LogInAsync(page, "/settings", app);
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-state", "live");

        await page.ClickAsync("[data-testid=logout-form] button");

        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(app, "/settings").ToString());
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }
}
