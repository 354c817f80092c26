using Condor.Engine.Notifications;

namespace Condor.Tests.Notifications;

/// <summary>Retries with backoff, de-duplication, rate limit, health, routing and journaling (real HTTP, virtual clock).</summary>
public sealed class DeliveryTests
{
    private static Action<NotificationsOptions, Uri> Ntfy(Action<NotificationsOptions>? more = null) => (o, url) =>
    {
        o.NtfyTopicUrl = new Uri(url, "t").ToString();
        more?.Invoke(o);
    };

    [Fact]
    public async Task Deliver_ServerFailsTwice_RetriedWithExponentialBackoffThenJournaledAsSent()
    {
        await using var h = await NotificationHarness.StartAsync(Ntfy(o => o.RetryDelaySeconds = 2));
        var calls = 0;
        h.Server.Respond = (_, _) => Task.FromResult(Interlocked.Increment(ref calls) <= 2 ? (503, "busy") : (200, "{}"));

        h.Dispatcher.Publish(Notification.Urgent("Entry failed", "after sending"));

        await h.Server.NextAsync();
        var start = h.Time.Elapsed;
        await h.AdvanceThroughBackoffAsync(TimeSpan.FromSeconds(2));
        await h.Server.NextAsync();
        await h.AdvanceThroughBackoffAsync(TimeSpan.FromSeconds(4));
        await h.Server.NextAsync();
        var outcome = await h.NextOutcomeAsync();

        Assert.True(outcome.Success);
        Assert.Equal(TimeSpan.FromSeconds(6), h.Time.Elapsed - start);
        Assert.Equal(3, h.Server.Requests.Count);
        var row = Assert.Single(await h.JournaledAsync());
        Assert.Equal(("ntfy", "Urgent", "Entry failed", true, (string?)null), row);
    }

    [Fact]
    public async Task Deliver_ServerAlwaysFails_GivesUpAfterMaxAttemptsAndJournalsTheError()
    {
        await using var h = await NotificationHarness.StartAsync(Ntfy(o => { o.MaxAttempts = 2; o.RetryDelaySeconds = 1; }));
        h.Server.Respond = (_, _) => Task.FromResult((500, "down"));

        h.Dispatcher.Publish(Notification.Urgent("Exits missing", "x"));
        await h.Server.NextAsync();
        await h.AdvanceThroughBackoffAsync(TimeSpan.FromSeconds(1));
        await h.Server.NextAsync();
        var outcome = await h.NextOutcomeAsync();

        Assert.False(outcome.Success);
        Assert.Contains("HTTP 500", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(2, h.Server.Requests.Count);
        Assert.False(Assert.Single(await h.JournaledAsync()).Success);
    }

    [Fact]
    public async Task Deliver_ClientError_NotRetried()
    {
        await using var h = await NotificationHarness.StartAsync(Ntfy());
        h.Server.Respond = (_, _) => Task.FromResult((401, "unauthorized"));

        h.Dispatcher.Publish(Notification.Info("x", "y"));
        var outcome = await h.NextOutcomeAsync();

        Assert.False(outcome.Success);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task Deliver_ErrorEchoesASecret_JournaledErrorIsRedacted()
    {
        await using var h = await NotificationHarness.StartAsync(Ntfy(o => { o.MaxAttempts = 1; o.NtfyToken = "tk_very_secret"; }));
        h.Server.Respond = (_, _) => Task.FromResult((400, "bad token tk_very_secret"));

        h.Dispatcher.Publish(Notification.Info("x", "y"));
        var outcome = await h.NextOutcomeAsync();

        Assert.DoesNotContain("tk_very_secret", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("***", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_SameKeyWithinWindow_SentOnceAndDuplicateJournaled_AgainAfterWindow()
    {
        await using var h = await NotificationHarness.StartAsync(Ntfy(o => o.DuplicateWindowMinutes = 15));

        h.Dispatcher.Publish(Notification.Urgent("Exits missing", "first", key: "exits-missing:7"));
        h.Dispatcher.Publish(Notification.Urgent("Exits missing", "second wording", key: "exits-missing:7"));
        var outcomes = new[] { await h.NextOutcomeAsync(), await h.NextOutcomeAsync() };
        h.Time.Advance(TimeSpan.FromMinutes(15));
        h.Dispatcher.Publish(Notification.Urgent("Exits missing", "third", key: "exits-missing:7"));
        var later = await h.NextOutcomeAsync();

        var duplicate = Assert.Single(outcomes, r => r.Channel == "none");
        Assert.Contains("duplicate", duplicate.Error, StringComparison.Ordinal);
        Assert.True(later.Success);
        Assert.Equal(["first", "third"], h.Server.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task Publish_InfoAboveRateLimit_JournaledAsRateLimited_UrgentStillSent()
    {
        await using var h = await NotificationHarness.StartAsync(Ntfy(o => o.InfoPerMinute = 2));

        h.Dispatcher.Publish(Notification.Info("a", "1"));
        h.Dispatcher.Publish(Notification.Info("b", "2"));
        h.Dispatcher.Publish(Notification.Info("c", "3"));
        h.Dispatcher.Publish(Notification.Urgent("d", "4"));
        var outcomes = new List<Engine.Journal.NotificationRecord>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add(await h.NextOutcomeAsync());
        }

        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Dispatcher.Publish(Notification.Info("e", "5"));
        outcomes.Add(await h.NextOutcomeAsync());

        var limited = Assert.Single(outcomes, r => !r.Success);
        Assert.Equal("c", limited.Title);
        Assert.Contains("rate limited", limited.Error, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "4", "5"], h.Server.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task Health_RepeatedFailures_ChannelUnhealthy_OneSuccessHealsIt()
    {
        await using var h = await NotificationHarness.StartAsync(Ntfy(o => { o.MaxAttempts = 1; o.UnhealthyAfterFailures = 2; }));
        var fail = true;
        h.Server.Respond = (_, _) => Task.FromResult(Volatile.Read(ref fail) ? (502, "bad gateway") : (200, "{}"));

        h.Dispatcher.Publish(Notification.Urgent("one", "1"));
        await h.NextOutcomeAsync();
        Assert.True(Assert.Single(h.Dispatcher.Health).Healthy);
        h.Dispatcher.Publish(Notification.Urgent("two", "2"));
        await h.NextOutcomeAsync();
        var unhealthy = Assert.Single(h.Dispatcher.Health);
        Volatile.Write(ref fail, false);
        h.Dispatcher.Publish(Notification.Urgent("three", "3"));
        await h.NextOutcomeAsync();

        Assert.False(unhealthy.Healthy);
        Assert.Equal(2, unhealthy.ConsecutiveFailures);
        Assert.Contains("HTTP 502", unhealthy.LastError, StringComparison.Ordinal);
        var healed = Assert.Single(h.Dispatcher.Health);
        Assert.True(healed.Healthy);
        Assert.Equal(("ntfy", 1, 2), (healed.Channel, healed.Sent, healed.Failed));
    }

    [Fact]
    public async Task Route_InfoOnlyToChosenChannels_UrgentToEvery()
    {
        await using var h = await NotificationHarness.StartAsync((o, url) =>
        {
            o.NtfyTopicUrl = new Uri(url, "ntfy").ToString();
            o.DiscordWebhookUrl = new Uri(url, "discord").ToString();
            o.InfoChannels = ["discord"];
        });

        h.Dispatcher.Publish(Notification.Info("Trade closed", "+$55 target"));
        var info = await h.NextOutcomeAsync();
        h.Dispatcher.Publish(Notification.Urgent("Kill executed", "flat"));
        var urgent = new[] { await h.NextOutcomeAsync(), await h.NextOutcomeAsync() };

        Assert.Equal("discord", info.Channel);
        Assert.Equal(["discord", "ntfy"], urgent.Select(r => r.Channel).Order());
        Assert.Equal(["/discord", "/discord", "/ntfy"], h.Server.Requests.Select(r => r.Path).Order());
    }

    [Fact]
    public async Task Publish_NoChannelConfigured_NothingQueuedOrSent()
    {
        await using var h = await NotificationHarness.StartAsync((_, _) => { });

        Assert.False(h.Dispatcher.Enabled);
        Assert.False(h.Dispatcher.Publish(Notification.Urgent("x", "y")));
        Assert.Empty(h.Dispatcher.Health);
    }
}
