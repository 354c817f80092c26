using System.Net;
using Condor.Tests.Journal;
using Condor.Tests.TestSupport;
using Condor.Web.Configuration;
using Condor.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Condor.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class LoginThrottleTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_PerAddressLimitReached_RefusesThatAddressOnly()
    {
        var throttle = Throttle(perAddress: 2, total: 100);

        var first = throttle.TryAcquire("10.0.0.1");
        var second = throttle.TryAcquire("10.0.0.1");
        var third = throttle.TryAcquire("10.0.0.1");
        var other = throttle.TryAcquire("10.0.0.2");

        Assert.True(first.Allowed && second.Allowed && other.Allowed);
        Assert.False(third.Allowed);
        Assert.Equal("per-address", third.Limit);
    }

    [Fact]
    public void TryAcquire_ThirtyAddresses_TotalLimitRefusesTheRest()
    {
        var throttle = Throttle(perAddress: 5, total: 10);

        var allowed = Enumerable.Range(1, 30).Count(i => throttle.TryAcquire($"127.0.0.{i}").Allowed);
        var refusal = throttle.TryAcquire("127.0.0.99");

        Assert.Equal(10, allowed);
        Assert.Equal("total", refusal.Limit);
        Assert.InRange(refusal.RetryAfter, TimeSpan.FromSeconds(1), LoginThrottle.Window);
    }

    [Fact]
    public void TryAcquire_FloodKeepsHammering_LockOutStillEndsWithinAMinute()
    {
        var throttle = Throttle(perAddress: 5, total: 10);
        for (var i = 0; i < 10; i++)
        {
            throttle.TryAcquire($"198.51.100.{i}");
        }

        for (var second = 0; second < 59; second++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            Assert.False(throttle.TryAcquire($"198.51.100.{second % 10}").Allowed);
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        var owner = throttle.TryAcquire("203.0.113.5");

        Assert.True(owner.Allowed);
    }

    [Fact]
    public void TryAcquire_OwnersAddressLoggedInBefore_NotLockedOutByAFloodFromElsewhere()
    {
        var throttle = Throttle(perAddress: 5, total: 10);
        Assert.True(throttle.TryAcquire("203.0.113.5").Allowed);
        throttle.Succeeded("203.0.113.5");
        _clock.Advance(TimeSpan.FromHours(1));
        for (var i = 0; i < 30; i++)
        {
            throttle.TryAcquire($"198.51.100.{i}");
        }

        var stranger = throttle.TryAcquire("192.0.2.1");
        var owner = throttle.TryAcquire("203.0.113.5");

        Assert.False(stranger.Allowed);
        Assert.True(owner.Allowed);
    }

    [Fact]
    public async Task Login_ManySourceAddresses_GlobalLimitAnswers429WithRetryAfter()
    {
        using var factory = CondorWebFactory.WithPassword(new Dictionary<string, string?>
        {
            ["Condor:Web:LoginAttemptsPerMinute"] = "5",
            ["Condor:Web:LoginAttemptsPerMinuteTotal"] = "4",
        });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 1; i <= 6; i++)
        {
            using var client = factory.CreateNoRedirectClient();
            client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, $"127.0.0.{i}");
            last?.Dispose();
            last = await AntiforgeryForm.LoginAsync(client, "guess " + i);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
        last.Dispose();
    }

    [Fact]
    public async Task Login_RefusedAttempt_IsLoggedWithAddressAndLimit()
    {
        var logs = new ListLoggerProvider();
        using var factory = CondorWebFactory.WithPassword(new Dictionary<string, string?> { ["Condor:Web:LoginAttemptsPerMinute"] = "1" });
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, "192.0.2.9");

        using var first = await AntiforgeryForm.LoginAsync(client, "guess 1");
        using var refused = await AntiforgeryForm.LoginAsync(client, "guess 2");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(logs.Entries, e => e.Message.Contains("Login attempt from 192.0.2.9 refused: the per-address limit", StringComparison.Ordinal));
    }

    private LoginThrottle Throttle(int perAddress, int total) =>
        new(new FixedOptionsMonitor<WebOptions>(new WebOptions { LoginAttemptsPerMinute = perAddress, LoginAttemptsPerMinuteTotal = total }), _clock);
}
