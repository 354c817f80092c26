using System.Net.Http.Headers;

namespace Condor.Engine.Notifications.Channels;

/// <summary>
/// ntfy: POST the text to the topic URL; <c>Title</c>, <c>Priority</c> (5 = max for urgent, 3 = default) and
/// <c>Tags</c> headers; an access token as a bearer token (ntfy docs, "Publishing": headers X-Title/X-Priority/X-Tags).
/// </summary>
internal sealed class NtfyChannel(HttpClient http, Uri topicUrl, string? token) : INotificationChannel
{
    public string Name => ChannelNames.Ntfy;

    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, topicUrl)
        {
            Content = new StringContent(notification.Body),
        };
        var urgent = notification.Severity == NotificationSeverity.Urgent;
        request.Headers.Add("X-Title", notification.Title);
        request.Headers.Add("X-Priority", urgent ? "5" : "3");
        request.Headers.Add("X-Tags", urgent ? "rotating_light" : "chart_with_upwards_trend");
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await NotificationDeliveryException.ThrowUnlessSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
