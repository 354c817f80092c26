using Condor.Engine.Journal;
using Condor.Engine.Notifications.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Notifications;

/// <summary>
/// Runs the dispatcher and, when <c>TelegramCommands</c> is on and the engine registered <see cref="OwnerBotBindings"/>,
/// the Telegram command poller. With no channel configured it does nothing at all.
/// </summary>
internal sealed class NotificationService(
    NotificationDispatcher dispatcher,
    IOptions<NotificationsOptions> options,
    NotificationHttp http,
    Func<IJournal> journal,
    TimeProvider time,
    ILogger<NotificationService> logger,
    OwnerBotBindings? bot = null) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = new List<Task> { dispatcher.RunAsync(stoppingToken) };
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.TelegramBotToken) && string.IsNullOrWhiteSpace(o.TelegramChatId))
        {
            logger.LogWarning("Condor:Notifications:TelegramBotToken is set but TelegramChatId is not: the Telegram channel is off");
        }

        if (o.TelegramCommands && bot is not null)
        {
            var commands = new OwnerBotCommands(o.TelegramChatId!, bot, journal, time);
            var poller = new TelegramCommandPoller(NotificationChannels.Telegram(o, http.Client), o.TelegramChatId!, commands, time, logger);
            loops.Add(poller.RunAsync(stoppingToken));
        }
        else if (o.TelegramCommands)
        {
            logger.LogWarning("Condor:Notifications:TelegramCommands is on but the engine offers no command sink yet; commands are off");
        }

        return Task.WhenAll(loops);
    }
}
