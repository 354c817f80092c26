using Condor.Engine.Notifications;

namespace Condor.Tests.Notifications;

/// <summary>The e-mail channel against a loopback SMTP server (plain SMTP; STARTTLS and AUTH are not exercised here).</summary>
public sealed class EmailChannelTests
{
    [Fact]
    public async Task Email_Urgent_SentWithEnvelopeSubjectAndHighPriority()
    {
        using var smtp = new LoopbackSmtpServer();
        await using var h = await NotificationHarness.StartAsync((o, _) =>
        {
            o.SmtpHost = "127.0.0.1";
            o.SmtpPort = smtp.Port;
            o.SmtpUseTls = false;
            o.EmailFrom = "condor@example.com";
            o.EmailTo = "owner@example.com";
        });

        h.Dispatcher.Publish(Notification.Urgent("Exits missing", "Trade 7 has no exits"));
        var outcome = await h.NextOutcomeAsync();

        Assert.True(outcome.Success, outcome.Error);
        Assert.Equal("email", outcome.Channel);
        var (from, to, data) = Assert.Single(smtp.Messages);
        Assert.Contains("condor@example.com", from, StringComparison.Ordinal);
        Assert.Contains("owner@example.com", to, StringComparison.Ordinal);
        Assert.Contains("Subject: [Condor URGENT] Exits missing", data, StringComparison.Ordinal);
        Assert.Contains("Trade 7 has no exits", data, StringComparison.Ordinal);
        Assert.Contains("X-Priority: 1", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_ServerRefuses_FailureJournaled()
    {
        using var smtp = new LoopbackSmtpServer { FailWith = "550 mailbox unavailable" };
        await using var h = await NotificationHarness.StartAsync((o, _) =>
        {
            o.SmtpHost = "127.0.0.1";
            o.SmtpPort = smtp.Port;
            o.SmtpUseTls = false;
            o.EmailFrom = "condor@example.com";
            o.EmailTo = "owner@example.com";
            o.MaxAttempts = 1;
        });

        h.Dispatcher.Publish(Notification.Info("Daily summary", "no trade"));
        var outcome = await h.NextOutcomeAsync();

        Assert.False(outcome.Success);
        Assert.Contains("SmtpException", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);
    }
}
