using System.Net;
using Condor.Tests.TestSupport;
using Condor.Web.Security;

namespace Condor.Tests.Web;

/// <summary>Login sessions end when the owner logs out or changes the password; cookies are Secure over HTTPS.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionTests
{
    [Fact]
    public async Task Logout_CookieCopiedBefore_NoLongerWorks()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var owner = factory.CreateNoRedirectClient();
        using var login = await AntiforgeryForm.LoginAsync(owner, CondorWebFactory.Password);
        var copied = AuthCookie(login);
        var before = await PageStatusAsync(factory, copied);

        using var logout = await LogoutAsync(owner);
        var after = await PageStatusAsync(factory, copied);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after);
    }

    [Fact]
    public async Task Logout_EndsEverySessionIssuedBefore()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var phone = factory.CreateNoRedirectClient();
        using var laptop = factory.CreateNoRedirectClient();
        using var phoneLogin = await AntiforgeryForm.LoginAsync(phone, CondorWebFactory.Password);
        using var laptopLogin = await AntiforgeryForm.LoginAsync(laptop, CondorWebFactory.Password);

        using var logout = await LogoutAsync(phone);
        using var laptopPage = await laptop.GetAsync(new Uri("/settings", UriKind.Relative));
        using var again = await AntiforgeryForm.LoginAsync(laptop, CondorWebFactory.Password);
        using var laptopPageAfterLogin = await laptop.GetAsync(new Uri("/settings", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, laptopPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, laptopPageAfterLogin.StatusCode);
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_RefusedAndSessionKept()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var owner = factory.CreateNoRedirectClient();
        using var login = await AntiforgeryForm.LoginAsync(owner, CondorWebFactory.Password);
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var logout = await owner.PostAsync(new Uri("/auth/logout", UriKind.Relative), empty);
        using var page = await owner.GetAsync(new Uri("/settings", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task PasswordChange_OldSessionsEnd_SamePasswordKeepsThemAcrossRestart()
    {
        using var data = new TempDirectory();
        string cookie;
        using (var first = CondorWebFactory.WithPassword(new Dictionary<string, string?> { ["Condor:DataDirectory"] = data.Path }))
        {
            using var owner = first.CreateNoRedirectClient();
            using var login = await AntiforgeryForm.LoginAsync(owner, CondorWebFactory.Password);
            cookie = AuthCookie(login);
        }

        HttpStatusCode samePassword;
        using (var restarted = CondorWebFactory.WithPassword(new Dictionary<string, string?> { ["Condor:DataDirectory"] = data.Path }))
        {
            // One Condor per data folder: the restart ends before the next one starts.
            samePassword = await PageStatusAsync(restarted, cookie);
        }

        using var changed = CondorWebFactory.WithPassword(new Dictionary<string, string?>
        {
            ["Condor:DataDirectory"] = data.Path,
            ["Condor:Web:PasswordHash"] = PasswordHasher.Hash("a brand new password"),
        });
        var newPassword = await PageStatusAsync(changed, cookie);

        Assert.Equal(HttpStatusCode.OK, samePassword);
        Assert.Equal(HttpStatusCode.Redirect, newPassword);
    }

    [Fact]
    public async Task Login_OverHttps_CookieIsSecure()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var client = factory.CreateHttpsClient();

        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password);

        Assert.Contains("secure", AuthSetCookie(login), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_BehindTrustedTlsProxy_CookieIsSecure()
    {
        using var factory = CondorWebFactory.WithPassword(new Dictionary<string, string?> { ["Condor:Web:KnownProxies:0"] = "10.0.0.2" });
        using var client = factory.CreateNoRedirectClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, "10.0.0.2");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password);

        Assert.Contains("secure", AuthSetCookie(login), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)] // no proxy configured: forwarded headers are not trusted at all
    [InlineData("10.0.0.2")] // configured, but the request comes from elsewhere
    public async Task Login_ForwardedHttpsFromUntrustedAddress_Ignored(string? knownProxy)
    {
        var settings = new Dictionary<string, string?>();
        if (knownProxy is not null)
        {
            settings["Condor:Web:KnownProxies:0"] = knownProxy;
        }

        using var factory = CondorWebFactory.WithPassword(settings);
        using var client = factory.CreateNoRedirectClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, "192.0.2.50");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password);

        Assert.DoesNotContain("secure", AuthSetCookie(login), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("10.0.0.0/8")]
    [InlineData("::1")]
    [InlineData("127.0.0.1")]
    public void ProxyAddresses_IpOrNetwork_Accepted(string entry) =>
        Assert.True(new ProxyAddressesAttribute().IsValid(new List<string> { entry }));

    [Theory]
    [InlineData("proxy.example")]
    [InlineData("10.0.0.0/99")]
    [InlineData("*")]
    public void ProxyAddresses_NotAnAddress_Refused(string entry) =>
        Assert.False(new ProxyAddressesAttribute().IsValid(new List<string> { entry }));

    internal static async Task<HttpResponseMessage> LogoutAsync(HttpClient client)
    {
        var token = await AntiforgeryForm.TokenAsync(client, "/settings");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(new Uri("/auth/logout", UriKind.Relative), form);
    }

    private static string AuthSetCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("condor.auth=", StringComparison.Ordinal));

    private static string AuthCookie(HttpResponseMessage response) => AuthSetCookie(response).Split(';')[0];

    /// <summary>GET /settings from a fresh client that presents only <paramref name="cookie"/>.</summary>
    private static async Task<HttpStatusCode> PageStatusAsync(CondorWebFactory factory, string cookie)
    {
        using var client = factory.CreateNoRedirectClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/settings");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
