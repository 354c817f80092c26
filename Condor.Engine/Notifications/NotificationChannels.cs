using Condor.Engine.Notifications.Channels;
using Condor.Engine.Notifications.Telegram;

namespace Condor.Engine.Notifications;

/// <summary>Builds the configured channels from the options: a channel without its target/token is left out.</summary>
internal static class NotificationChannels
{
    public static IReadOnlyList<INotificationChannel> Create(NotificationsOptions o, HttpClient http, TimeProvider time)
    {
        var channels = new List<INotificationChannel>();
        if (!string.IsNullOrWhiteSpace(o.NtfyTopicUrl))
        {
            channels.Add(new NtfyChannel(http, new Uri(o.NtfyTopicUrl), o.NtfyToken));
        }

        if (!string.IsNullOrWhiteSpace(o.PushoverAppToken) && !string.IsNullOrWhiteSpace(o.PushoverUserKey))
        {
            channels.Add(new PushoverChannel(http, new Uri(o.PushoverApiUrl), o.PushoverAppToken, o.PushoverUserKey));
        }

        if (!string.IsNullOrWhiteSpace(o.TelegramBotToken) && !string.IsNullOrWhiteSpace(o.TelegramChatId))
        {
            channels.Add(new TelegramChannel(Telegram(o, http), o.TelegramChatId));
        }

        if (!string.IsNullOrWhiteSpace(o.DiscordWebhookUrl))
        {
            channels.Add(new DiscordChannel(http, new Uri(o.DiscordWebhookUrl), time));
        }

        if (!string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            channels.Add(new EmailChannel(o));
        }

        return channels;
    }

    public static TelegramApi Telegram(NotificationsOptions o, HttpClient http) =>
        new(http, new Uri(o.TelegramApiUrl), o.TelegramBotToken!);
}
