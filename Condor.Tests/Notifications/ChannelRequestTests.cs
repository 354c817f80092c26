using System.Text.Json;
using System.Web;
using Condor.Engine.Notifications;

namespace Condor.Tests.Notifications;

/// <summary>The request each channel sends, seen by a real loopback HTTP server.</summary>
public sealed class ChannelRequestTests
{
    [Fact]
    public async Task Ntfy_Urgent_PostsTextWithTitleMaxPriorityAndBearerToken()
    {
        await using var h = await NotificationHarness.StartAsync((o, url) =>
        {
            o.NtfyTopicUrl = new Uri(url, "condor-topic").ToString();
            o.NtfyToken = "tk_secret";
        });

        h.Dispatcher.Publish(Notification.Urgent("Exits missing", "Trade 7 has no exits at the broker"));

        var request = await h.Server.NextAsync();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/condor-topic", request.Path);
        Assert.Equal("Trade 7 has no exits at the broker", request.Body);
        Assert.Equal("Exits missing", request.Header("X-Title"));
        Assert.Equal("5", request.Header("X-Priority"));
        Assert.Equal("Bearer tk_secret", request.Header("Authorization"));
        Assert.True((await h.NextOutcomeAsync()).Success);
    }

    [Fact]
    public async Task Ntfy_Info_DefaultPriority()
    {
        await using var h = await NotificationHarness.StartAsync((o, url) => o.NtfyTopicUrl = new Uri(url, "t").ToString());

        h.Dispatcher.Publish(Notification.Info("Trade opened", "5900/5910P 6000/6010C for 1.20"));

        Assert.Equal("3", (await h.Server.NextAsync()).Header("X-Priority"));
    }

    [Theory]
    [InlineData(true, "1")]
    [InlineData(false, "0")]
    public async Task Pushover_PostsFormWithTokenUserAndPriority(bool urgent, string priority)
    {
        await using var h = await NotificationHarness.StartAsync((o, url) =>
        {
            o.PushoverAppToken = "app-token";
            o.PushoverUserKey = "user-key";
            o.PushoverApiUrl = new Uri(url, "1/messages.json").ToString();
        });

        h.Dispatcher.Publish(urgent ? Notification.Urgent("Kill executed", "flat") : Notification.Info("No trade", "VIX above 30"));

        var request = await h.Server.NextAsync();
        Assert.Equal("/1/messages.json", request.Path);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Header("Content-Type"), StringComparison.Ordinal);
        var form = HttpUtility.ParseQueryString(request.Body);
        Assert.Equal("app-token", form["token"]);
        Assert.Equal("user-key", form["user"]);
        Assert.Equal(urgent ? "Kill executed" : "No trade", form["title"]);
        Assert.Equal(urgent ? "flat" : "VIX above 30", form["message"]);
        Assert.Equal(priority, form["priority"]);
    }

    [Fact]
    public async Task Telegram_SendMessage_ToOwnerChatWithTokenInPath_UrgentNotSilent()
    {
        await using var h = await NotificationHarness.StartAsync((o, url) =>
        {
            o.TelegramBotToken = "123:ABC";
            o.TelegramChatId = "4242";
            o.TelegramApiUrl = url.ToString();
        });

        h.Dispatcher.Publish(Notification.Urgent("Gateway down", "no connection at 09:30 ET"));

        var request = await h.Server.NextAsync();
        Assert.Equal("/bot123:ABC/sendMessage", request.Path);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("4242", json.RootElement.GetProperty("chat_id").GetString());
        Assert.Contains("URGENT: Gateway down", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(json.RootElement.GetProperty("disable_notification").GetBoolean());
    }

    [Fact]
    public async Task Discord_Webhook_PostsRichEmbed_UrgentMentionsHere()
    {
        await using var h = await NotificationHarness.StartAsync((o, url) => o.DiscordWebhookUrl = new Uri(url, "api/webhooks/1/xyz").ToString());

        h.Dispatcher.Publish(Notification.Urgent("Ambiguous state", "journal and broker disagree"));

        var request = await h.Server.NextAsync();
        Assert.Equal("/api/webhooks/1/xyz", request.Path);
        using var json = JsonDocument.Parse(request.Body);
        var embed = json.RootElement.GetProperty("embeds")[0];
        Assert.Equal("Ambiguous state", embed.GetProperty("title").GetString());
        Assert.Equal("journal and broker disagree", embed.GetProperty("description").GetString());
        Assert.Equal(0xE74C3C, embed.GetProperty("color").GetInt32());
        Assert.Equal(h.Time.GetUtcNow(), embed.GetProperty("timestamp").GetDateTimeOffset());
        Assert.StartsWith("@here", json.RootElement.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_Info_NoMention()
    {
        await using var h = await NotificationHarness.StartAsync((o, url) => o.DiscordWebhookUrl = new Uri(url, "hook").ToString());

        h.Dispatcher.Publish(Notification.Info("Daily summary", "+$42"));

        using var json = JsonDocument.Parse((await h.Server.NextAsync()).Body);
        Assert.False(json.RootElement.TryGetProperty("content", out _));
        Assert.Equal(0, json.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }
}
