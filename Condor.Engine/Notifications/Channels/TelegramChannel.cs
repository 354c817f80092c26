using Condor.Engine.Notifications.Telegram;

namespace Condor.Engine.Notifications.Channels;

/// <summary>Telegram: the bot's <c>sendMessage</c> to the owner's chat; an urgent alert is marked and never silent.</summary>
internal sealed class TelegramChannel(TelegramApi api, string chatId) : INotificationChannel
{
    public string Name => ChannelNames.Telegram;

    public Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var urgent = notification.Severity == NotificationSeverity.Urgent;
        var text = urgent
            ? $"🚨 URGENT: {notification.Title}\n{notification.Body}"
            : $"{notification.Title}\n{notification.Body}";
        return api.SendMessageAsync(chatId, text, silent: !urgent, cancellationToken);
    }
}
