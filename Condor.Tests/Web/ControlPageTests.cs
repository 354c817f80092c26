using System.Net;

namespace Condor.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class ControlPageTests : IClassFixture<ControlPageTests.LoggedInApp>
{
    private readonly LoggedInApp _app;

    public ControlPageTests(LoggedInApp app) => _app = app;

    [Fact]
    public async Task Get_LoggedIn_StaticFormsForEveryCommandSayNotAvailable()
    {
        var client = _app.Client;

        var html = await client.GetStringAsync(new Uri("/control", UriKind.Relative));

        foreach (var command in new[] { "kill", "pause", "resume" })
        {
            Assert.Contains($"action=\"/control/{command}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(3, CountOf(html, "name=\"__RequestVerificationToken\""));
        Assert.Contains("not available", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kill", "Kill switch: not available yet.")]
    [InlineData("pause", "Pause: not available yet.")]
    [InlineData("resume", "Resume: not available yet.")]
    public async Task Post_WithToken_AnswersNotAvailableNeverSuccess(string command, string said)
    {
        var client = _app.Client;
        var token = await AntiforgeryForm.TokenAsync(client, "/control");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        using var response = await client.PostAsync(new Uri($"/control/{command}", UriKind.Relative), form);
        var page = await client.GetStringAsync(response.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/control?unavailable={command}", response.Headers.Location!.OriginalString);
        Assert.Contains(said, page, StringComparison.Ordinal);
        Assert.Contains("Nothing was done.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var client = _app.Client;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await client.PostAsync(new Uri("/control/kill", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownCommandInQuery_ShowsNoResult()
    {
        var client = _app.Client;

        var html = await client.GetStringAsync(new Uri("/control?unavailable=launch", UriKind.Relative));

        Assert.DoesNotContain("data-testid=\"control-result\"", html, StringComparison.Ordinal);
    }

    /// <summary>One app and one logged-in client for the class (logins are rate-limited).</summary>
    public sealed class LoggedInApp : IAsyncLifetime
    {
        private readonly CondorWebFactory _factory = CondorWebFactory.WithPassword();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = _factory.CreateNoRedirectClient();
            using var login = await AntiforgeryForm.LoginAsync(Client, CondorWebFactory.Password);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        public Task DisposeAsync()
        {
            Client.Dispose();
            _factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
