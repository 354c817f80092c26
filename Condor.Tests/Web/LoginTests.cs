using System.Net;

namespace Condor.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class LoginTests
{
    [Fact]
    public async Task Login_RightPassword_OpensThePages()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var client = factory.CreateNoRedirectClient();

        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password, "/settings");
        using var page = await client.GetAsync(new Uri("/settings", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/settings", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_StaysLoggedOut()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var client = factory.CreateNoRedirectClient();

        using var login = await AntiforgeryForm.LoginAsync(client, "not the password");
        using var page = await client.GetAsync(new Uri("/settings", UriKind.Relative));

        Assert.StartsWith("/login?error=1", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task Login_ForeignReturnUrl_RedirectsHomeNotAway()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var client = factory.CreateNoRedirectClient();

        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password, "//evil.example/phish");

        Assert.Equal("/", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var client = factory.CreateNoRedirectClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = CondorWebFactory.Password });

        using var response = await client.PostAsync(new Uri("/auth/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_TooManyAttempts_Answers429()
    {
        using var factory = CondorWebFactory.WithPassword(new Dictionary<string, string?> { ["Condor:Web:LoginAttemptsPerMinute"] = "3" });
        using var client = factory.CreateNoRedirectClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await AntiforgeryForm.LoginAsync(client, "guess " + attempt);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Logout_AfterLogin_ClosesThePages()
    {
        using var factory = CondorWebFactory.WithPassword();
        using var client = factory.CreateNoRedirectClient();
        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password);
        var token = await AntiforgeryForm.TokenAsync(client, "/settings");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        using var logout = await client.PostAsync(new Uri("/auth/logout", UriKind.Relative), form);
        using var page = await client.GetAsync(new Uri("/settings", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task NoPassword_PagesOpen_WithBanner()
    {
        using var factory = new CondorWebFactory();
        using var client = factory.CreateNoRedirectClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("data-testid=\"open-access-banner\"", html, StringComparison.Ordinal);
    }
}
