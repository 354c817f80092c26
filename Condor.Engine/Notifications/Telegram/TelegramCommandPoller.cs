using Microsoft.Extensions.Logging;

namespace Condor.Engine.Notifications.Telegram;

/// <summary>
/// Long polling of the bot's <c>getUpdates</c> (no inbound port): each owner command is handled and answered in the
/// owner's chat; on an error the poller waits <see cref="ErrorDelay"/> on the injected clock and tries again.
/// </summary>
internal sealed class TelegramCommandPoller(TelegramApi api, string ownerChatId, OwnerBotCommands commands,
    TimeProvider time, ILogger logger)
{
    public const int LongPollSeconds = 25;
    public static readonly TimeSpan ErrorDelay = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        long offset = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var updates = await api.GetUpdatesAsync(offset, LongPollSeconds, cancellationToken).ConfigureAwait(false);
                foreach (var update in updates)
                {
                    offset = Math.Max(offset, update.UpdateId + 1);
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
