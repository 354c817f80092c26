using Condor.Engine.Journal;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Notifications;

/// <summary>Writes each notification's outcome to the journal; a journal failure is logged, never thrown into a sender.</summary>
internal sealed class NotificationJournal(Func<IJournal> journal, ILogger logger)
{
    public async Task RecordAsync(string channel, Notification notification, bool success, string? error,
        CancellationToken cancellationToken)
    {
        try
        {
            await journal().RecordNotificationAsync(new NotificationRecord(channel, notification.Severity.ToString(),
                notification.Title, notification.Body, success, error), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // the journal being unavailable must not stop notifications
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Could not journal the {Channel} notification '{Title}'", channel, notification.Title);
        }
    }
}
