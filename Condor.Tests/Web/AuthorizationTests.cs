using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;

namespace Condor.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class AuthorizationTests : IClassFixture<AuthorizationTests.PasswordApp>
{
    /// <summary>The only routes anyone may reach without logging in.</summary>
    private static readonly HashSet<string> OpenRoutes = ["/health", "/login", "/auth/login"];

    private readonly PasswordApp _app;

    public AuthorizationTests(PasswordApp app) => _app = app;

    public static IEnumerable<(string Method, string Path)> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, Concrete(e.RoutePattern.RawText ?? "/"))))
            .Distinct();

    [Fact]
    public async Task EveryEndpoint_NoCredentials_RefusedExceptOpenRoutes()
    {
        using var client = _app.CreateNoRedirectClient();
        var checkedCount = 0;

        foreach (var (method, path) in Endpoints(_app.Services).Where(e => !OpenRoutes.Contains(e.Path)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            using var response = await client.SendAsync(request);

            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location!.OriginalString.Contains("/login", StringComparison.Ordinal));
            Assert.True(refused, $"{method} {path} answered {(int)response.StatusCode} without credentials");
            checkedCount++;
        }

        // The pages, the hubs (Blazor's and the engine's) and the API are all in the data source: an empty
        // enumeration would prove nothing.
        Assert.True(checkedCount >= 8, $"only {checkedCount} endpoints enumerated");
        var paths = Endpoints(_app.Services).Select(e => e.Path).ToHashSet();
        Assert.Contains("/_blazor", paths);
        Assert.Contains("/_blazor/negotiate", paths);
        Assert.Contains("/settings", paths);
    }

    [Fact]
    public void StaticAssetEndpoints_AreFilesOnly_NeverPagesHubsOrApi()
    {
        var assets = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(IsStaticAsset)
            .Select(e => Concrete(e.RoutePattern.RawText ?? "/"))
            .ToList();

        Assert.Contains(assets, a => a.StartsWith("/_framework/blazor.web", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/_content/MudBlazor/", StringComparison.Ordinal));
        Assert.All(assets, a =>
        {
            Assert.Matches(@"\.[a-z0-9]+(\.gz|\.br)?$", a);
            Assert.False(a.StartsWith("/api", StringComparison.Ordinal) || a.StartsWith("/hubs", StringComparison.Ordinal)
                || a.StartsWith("/_blazor", StringComparison.Ordinal), a);
        });
    }

    /// <summary>SignalR and the Blazor circuit authenticate their own POSTs (negotiate), and /api uses the API token.</summary>
    private static bool ChecksAntiforgery(string method, string path) =>
        method is "POST" or "PUT" or "PATCH" or "DELETE"
        && !path.StartsWith("/hubs/", StringComparison.Ordinal)
        && !path.StartsWith("/_blazor", StringComparison.Ordinal)
        && !path.StartsWith("/api/", StringComparison.Ordinal);

    [Fact]
    public async Task EveryStateChangingEndpoint_LoggedInWithoutAntiforgeryToken_Refused()
    {
        using var client = _app.CreateNoRedirectClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, "192.0.2.77");
        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password);
        var endpoints = Endpoints(_app.Services).Where(e => ChecksAntiforgery(e.Method, e.Path)).ToList();

        foreach (var (method, path) in endpoints)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = CondorWebFactory.Password });
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = form };
            using var response = await client.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path} answered {(int)response.StatusCode} without an antiforgery token");
        }

        using var stillLoggedIn = await client.GetAsync(new Uri("/settings", UriKind.Relative));
        Assert.Contains(endpoints, e => e.Path == "/auth/logout");
        Assert.Equal(HttpStatusCode.OK, stillLoggedIn.StatusCode);
    }

    [Fact]
    public void EndpointsAllowingAnonymous_AreOnlyTheOpenRoutes()
    {
        var anonymous = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e) && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => Concrete(e.RoutePattern.RawText ?? "/"))
            .ToHashSet();

        Assert.Subset(OpenRoutes, anonymous);
    }

    [Theory]
    [InlineData("/api/status", HttpStatusCode.Unauthorized)]
    [InlineData("/hubs/engine/negotiate?negotiateVersion=1", HttpStatusCode.Unauthorized)]
    [InlineData("/_blazor/negotiate?negotiateVersion=1", HttpStatusCode.Unauthorized)]
    [InlineData("/control", HttpStatusCode.Redirect)]
    [InlineData("/no-such-page", HttpStatusCode.Redirect)]
    [InlineData("/settings", HttpStatusCode.Redirect)]
    public async Task Request_NoCredentials_ApiAnswers401PagesRedirect(string path, HttpStatusCode expected)
    {
        using var client = _app.CreateNoRedirectClient();

        using var response = await client.PostOrGetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/login")]
    [InlineData("/app/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js")]
    public async Task OpenRoutesAndStaticAssets_NoCredentials_Answer200(string path)
    {
        using var client = _app.CreateNoRedirectClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_SaysNothingSecret()
    {
        using var client = _app.CreateNoRedirectClient();

        var body = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Contains("\"status\":\"ok\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(CondorWebFactory.PasswordHash, body, StringComparison.Ordinal);
        Assert.DoesNotContain(CondorWebFactory.ApiToken, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ValidBearerToken_Answers200()
    {
        using var client = _app.CreateNoRedirectClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CondorWebFactory.ApiToken);

        using var response = await client.GetAsync(new Uri("/api/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Api_WrongBearerToken_Answers401()
    {
        using var client = _app.CreateNoRedirectClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong-token-wrong-token-wrong");

        using var response = await client.GetAsync(new Uri("/api/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Page_BearerToken_IsNotALogin()
    {
        using var client = _app.CreateNoRedirectClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CondorWebFactory.ApiToken);

        using var response = await client.GetAsync(new Uri("/settings", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Files served by MapStaticAssets (Blazor's script, MudBlazor's files, collocated scripts): open to anyone.</summary>
    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    /// <summary>Route parameters get a plausible value so the request reaches the endpoint.</summary>
    private static string Concrete(string pattern)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "1");
        return path.StartsWith('/') ? path : "/" + path;
    }

    public sealed class PasswordApp() : IDisposable
    {
        private readonly CondorWebFactory _factory = CondorWebFactory.WithPassword();

        public IServiceProvider Services => _factory.Services;

        public HttpClient CreateNoRedirectClient() => _factory.CreateNoRedirectClient();

        public void Dispose() => _factory.Dispose();
    }
}
