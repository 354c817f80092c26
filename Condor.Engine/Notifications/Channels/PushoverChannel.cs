namespace Condor.Engine.Notifications.Channels;

/// <summary>
/// Pushover: POST form <c>token</c>, <c>user</c>, <c>title</c>, <c>message</c>, <c>priority</c> to messages.json
/// (pushover.net/api: priority 1 = high, bypasses quiet hours; 0 = normal).
/// </summary>
internal sealed class PushoverChannel(HttpClient http, Uri apiUrl, string appToken, string userKey) : INotificationChannel
{
    public string Name => ChannelNames.Pushover;

    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = appToken,
            ["user"] = userKey,
            ["title"] = notification.Title,
            ["message"] = notification.Body,
            ["priority"] = notification.Severity == NotificationSeverity.Urgent ? "1" : "0",
        });
        using var response = await http.PostAsync(apiUrl, form, cancellationToken).ConfigureAwait(false);
        await NotificationDeliveryException.ThrowUnlessSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
