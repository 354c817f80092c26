using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Condor.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class ReconnectTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CircuitDropped_PageSaysNotLive_ThenReconnectsAndUpdatesAgain()
    {
        await using var context = await fixture.LoggedInAsync();
        var page = await context.NewPageAsync();
        var link = new CircuitLink();
        await link.AttachAsync(page);
        await page.GotoAsync(fixture.Url("/"));
        var clock = page.Locator("[data-testid=clock-et]");
        await Assertions.Expect(page.Locator(".live-status-live")).ToBeVisibleAsync();
        await Assertions.Expect(clock).Not.ToHaveTextAsync(await clock.TextContentAsync() ?? "", new() { Timeout = 10_000 });

        // The server side goes away and stays away for a while (a phone asleep, a restart).
        await link.DropAsync();

        await Assertions.Expect(page.Locator(".live-status-down")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".live-status-live")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=reconnect-modal]")).ToBeVisibleAsync();
        await PhoneLayoutTests.Screenshot(page, "reconnecting");

        link.Allow();

        await Assertions.Expect(page.Locator(".live-status-live")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=reconnect-modal]")).ToBeHiddenAsync();
        var after = await clock.TextContentAsync() ?? "";
        await Assertions.Expect(clock).Not.ToHaveTextAsync(after, new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task CircuitForgottenByTheServer_PageResumesOrReloadsAndIsLiveAgain()
    {
        var app = await fixture.ForgetfulAppAsync();
        await using var context = await fixture.Browser.NewContextAsync(BrowserFixture.PhoneOptions());
        var page = await context.NewPageAsync();
        await fixture.LogInAsync(page, "/", app);
        var link = new CircuitLink();
        await link.AttachAsync(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".live-status-live")).ToBeVisibleAsync();

        var circuitsBefore = fixture.ForgetfulCircuits.Opened;
        await link.DropAsync();
        await Assertions.Expect(page.Locator(".live-status-down")).ToBeVisibleAsync();
        link.Allow();

        await Assertions.Expect(page.Locator(".live-status-live")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var clock = page.Locator("[data-testid=clock-et]");
        var after = await clock.TextContentAsync() ?? "";
        await Assertions.Expect(clock).Not.ToHaveTextAsync(after, new() { Timeout = 10_000 });
        // Not a reconnect to the old circuit (the server forgot it): a new circuit renders the state.
        Assert.True(fixture.ForgetfulCircuits.Opened > circuitsBefore, "no new circuit after the old one was forgotten");
    }

    /// <summary>
    /// The page's connection to the Blazor hub, routed through Playwright: passes everything through until
    /// dropped; while dropped, every new attempt (negotiate, WebSocket, long polling) fails.
    /// </summary>
    private sealed partial class CircuitLink
    {
        private readonly Lock _gate = new();
        private readonly List<(IWebSocketRoute Page, IWebSocketRoute Server)> _sockets = [];
        private volatile bool _blocked;

        public async Task AttachAsync(IPage page)
        {
            await page.RouteAsync(BlazorHub(), async route =>
            {
                if (_blocked)
                {
                    await route.AbortAsync();
                }
                else
                {
                    await route.ContinueAsync();
                }
            });
            await page.RouteWebSocketAsync(BlazorHub(), socket =>
            {
                if (_blocked)
                {
                    _ = socket.CloseAsync(new() { Code = 1011, Reason = "server unavailable" });
                    return;
                }

                var server = socket.ConnectToServer();
                lock (_gate)
                {
                    _sockets.Add((socket, server));
                }
            });
        }

        public async Task DropAsync()
        {
            _blocked = true;
            List<(IWebSocketRoute Page, IWebSocketRoute Server)> open;
            lock (_gate)
            {
                open = [.. _sockets];
                _sockets.Clear();
            }

            Assert.NotEmpty(open);
            foreach (var (pageSide, serverSide) in open)
            {
                await serverSide.CloseAsync();
                await pageSide.CloseAsync(new() { Code = 1011, Reason = "server went away" });
            }
        }

        public void Allow() => _blocked = false;

        [GeneratedRegex("/_blazor")]
        private static partial Regex BlazorHub();
    }
}
