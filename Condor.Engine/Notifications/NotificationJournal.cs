using Condor.Engine.Journal;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Notifications;

/// <summary>
/// Writes each notification's outcome to the journal; a journal failure is logged, never thrown into a sender.
/// <paramref name="recorded"/> sees every outcome after it is written (the dashboard's feed; tests wait on it).
/// </summary>
internal sealed class NotificationJournal(Func<IJournal> journal, ILogger logger, Action<NotificationRecord>? recorded = null)
{
    public async Task RecordAsync(string channel, Notification notification, bool success, string? error,
        CancellationToken cancellationToken)
    {
        try
        {
            var record = new NotificationRecord(channel, notification.Severity.ToString(), notification.Title,
                notification.Body, success, error);
            await journal().RecordNotificationAsync(record, cancellationToken).ConfigureAwait(false);
            recorded?.Invoke(record);
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
