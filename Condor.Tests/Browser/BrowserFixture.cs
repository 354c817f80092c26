using Condor.Tests.TestSupport;
using Condor.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace Condor.Tests.Browser;

/// <summary>
/// One real app (with the owner's password) on a loopback port and one Debian Chromium driven by Playwright
/// (never a downloaded browser), shared by every browser test. <see cref="LoggedInAsync"/> gives a browser
/// context that is already logged in (the login happens once, through the real form). A missing Chromium
/// fails the tests with the command that installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly TempDirectory _data = new();
    private readonly TempDirectory _forgetfulData = new();
    private readonly SemaphoreSlim _loginGate = new(1, 1);
    private WebApplication? _app;
    private WebApplication? _forgetful;
    private IPlaywright? _playwright;
    private string? _loggedInState;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where the screenshots go: <c>screenshots/</c> in the test output folder.</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CONDOR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}: install it with 'apt-get install -y chromium' or set CONDOR_CHROMIUM.");
        }

        (_app, BaseAddress) = await StartAppAsync(_data.Path, services: null);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>
    /// A second app that forgets a circuit as soon as its connection drops (no disconnected circuit is kept),
    /// as after a long sleep or a restart: the page cannot reconnect to it and must resume or reload. Started
    /// on first use.
    /// </summary>
    public async Task<Uri> ForgetfulAppAsync()
    {
        if (_forgetful is null)
        {
            (_forgetful, var address) = await StartAppAsync(_forgetfulData.Path, services => services
                .Configure<CircuitOptions>(o => o.DisconnectedCircuitMaxRetained = 0)
                .AddSingleton(ForgetfulCircuits)
                .AddSingleton<CircuitHandler>(ForgetfulCircuits));
            ForgetfulAddress = address;
        }

        return ForgetfulAddress!;
    }

    private Uri? ForgetfulAddress { get; set; }

    /// <summary>The circuits the forgetful app opened so far.</summary>
    public CircuitCounter ForgetfulCircuits { get; } = new();

    private static async Task<(WebApplication App, Uri Address)> StartAppAsync(string data, Action<IServiceCollection>? services)
    {
        var app = AppStartup.Build(new Dictionary<string, string?>
        {
            ["Condor:Web:PasswordHash"] = CondorWebFactory.PasswordHash,
            ["Condor:Web:ApiToken"] = CondorWebFactory.ApiToken,
        }, data, services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    /// <summary>Logs in through the login form of a fresh page; the caller's context holds the cookie after.</summary>
    public async Task LogInAsync(IPage page, string path = "/", Uri? app = null)
    {
        await page.GotoAsync(new Uri(app ?? BaseAddress, path).ToString());
        await page.FillAsync("#password", CondorWebFactory.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>A new browser context with the owner's login cookie (phone-sized unless told otherwise).</summary>
    public async Task<IBrowserContext> LoggedInAsync(BrowserNewContextOptions? options = null)
    {
        await _loginGate.WaitAsync();
        try
        {
            if (_loggedInState is null)
            {
                await using var first = await Browser.NewContextAsync();
                var page = await first.NewPageAsync();
                await LogInAsync(page);
                _loggedInState = await first.StorageStateAsync();
            }
        }
        finally
        {
            _loginGate.Release();
        }

        options ??= PhoneOptions();
        options.StorageState = _loggedInState;
        return await Browser.NewContextAsync(options);
    }

    public static BrowserNewContextOptions PhoneOptions(bool javaScript = true) =>
        new() { ViewportSize = Phone, IsMobile = true, HasTouch = true, JavaScriptEnabled = javaScript };

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        foreach (var app in new[] { _app, _forgetful })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        _loginGate.Dispose();
        _data.Dispose();
        _forgetfulData.Dispose();
    }
}
