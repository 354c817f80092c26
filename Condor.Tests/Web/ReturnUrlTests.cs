using System.Net;
using Condor.Web.Security;

namespace Condor.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class ReturnUrlTests(ReturnUrlTests.App app) : IClassFixture<ReturnUrlTests.App>
{
    /// <summary>Values a login form may carry, and where a correct login must send the browser.</summary>
    public static TheoryData<string, string> ReturnUrls => new()
    {
        { "/settings", "/settings" },
        { "/trades?from=2026-01-01&status=closed", "/trades?from=2026-01-01&status=closed" },
        { "/%2F%2Fevil.example", "/%2F%2Fevil.example" },
        { "/\t/evil.example", "/" }, // browsers drop the tab and read //evil.example
        { "/\n/evil.example", "/" },
        { "/\r\nSet-Cookie: a=b", "/" }, // was a 500 (invalid header value)
        { "/\u00e9t\u00e9", "/" }, // was a 500 (non-ASCII header value)
        { "//evil.example/phish", "/" },
        { "/\\evil.example", "/" },
        { "/a\\b", "/" },
        { "https://evil.example/", "/" },
        { "javascript:alert(1)", "/" },
        { "evil.example", "/" },
        { " /settings", "/" },
        { "", "/" },
    };

    [Theory]
    [MemberData(nameof(ReturnUrls))]
    public async Task Login_ReturnUrl_RedirectsOnlyToALocalPath(string returnUrl, string expected)
    {
        using var client = app.Factory.CreateNoRedirectClient();

        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(expected, login.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(ReturnUrls))]
    public async Task Login_WrongPasswordAnyReturnUrl_RedirectsToLoginNever500(string returnUrl, string expected)
    {
        using var client = app.Factory.CreateNoRedirectClient();

        using var login = await AntiforgeryForm.LoginAsync(client, "not the password", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal($"/login?error=1&returnUrl={Uri.EscapeDataString(expected)}", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_NulInReturnUrl_RefusedAsBadRequestNot500()
    {
        using var client = app.Factory.CreateNoRedirectClient();

        using var login = await AntiforgeryForm.LoginAsync(client, CondorWebFactory.Password, "/\u0000//evil.example");

        // The form reader refuses a NUL before the endpoint runs: no redirect anywhere, and no 500.
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Null(login.Headers.Location);
    }

    [Fact]
    public async Task LoginPage_HostileReturnUrlInQuery_Renders()
    {
        using var client = app.Factory.CreateNoRedirectClient();

        using var page = await client.GetAsync(new Uri("/login?returnUrl=%2F%09%2Fevil.example%0D%0A%C3%A9", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/live", true)]
    [InlineData("/\t/evil.example", false)]
    [InlineData("/\u007f", false)]
    [InlineData(null, false)]
    public void IsLocal_Value_Classified(string? url, bool local) => Assert.Equal(local, ReturnUrl.IsLocal(url));

    /// <summary>One app for the table (login limits raised: every row logs in).</summary>
    public sealed class App : IDisposable
    {
        public CondorWebFactory Factory { get; } = CondorWebFactory.WithPassword(new Dictionary<string, string?>
        {
            ["Condor:Web:LoginAttemptsPerMinute"] = "100",
            ["Condor:Web:LoginAttemptsPerMinuteTotal"] = "1000",
        });

        public void Dispose() => Factory.Dispose();
    }
}
