using Microsoft.Extensions.Logging;

namespace Condor.Engine.Notifications.Telegram;

/// <summary>
/// Long polling of the bot's <c>getUpdates</c> (no inbound port): each owner command is handled and answered in the
/// owner's chat; messages sent before start-up are skipped; on an error the poller waits <see cref="ErrorDelay"/> on the injected clock and tries again.
/// </summary>
internal sealed class TelegramCommandPoller(TelegramApi api, string ownerChatId, OwnerBotCommands commands,
    TimeProvider time, ILogger logger)
{
    public const int LongPollSeconds = 25;
    public static readonly TimeSpan ErrorDelay = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        long? offset = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (offset is null)
                {
                    // Offset -1 returns only the newest pending update: confirming it drops the backlog sent while
                    // Condor was down (a stale "/kill confirm" must not act; Bot API, getUpdates "offset").
                    var backlog = await api.GetUpdatesAsync(-1, 0, cancellationToken).ConfigureAwait(false);
                    offset = backlog.Count == 0 ? 0 : backlog.Max(u => u.UpdateId) + 1;
                    if (backlog.Count > 0)
                    {
                        logger.LogInformation("Telegram commands: skipped the messages sent before start-up");
                    }

                    continue;
                }

                var updates = await api.GetUpdatesAsync(offset.Value, LongPollSeconds, cancellationToken).ConfigureAwait(false);
                foreach (var update in updates)
                {
                    offset = Math.Max(offset.Value, update.UpdateId + 1);
                    var reply = await commands.HandleAsync(update, cancellationToken).ConfigureAwait(false);
                    if (reply is not null)
                    {
                        await api.SendMessageAsync(ownerChatId, reply, silent: false, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the poller keeps polling whatever went wrong
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogWarning("Telegram command polling failed ({Error}); retrying in {Delay}", e.GetType().Name, ErrorDelay);
                try
                {
                    await Task.Delay(ErrorDelay, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
