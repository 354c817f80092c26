using System.Net;

namespace Condor.Engine.Notifications;

/// <summary>A channel's service refused a message (its status code and a short reason, never a secret).</summary>
internal sealed class NotificationDeliveryException(string message, HttpStatusCode? statusCode = null) : Exception(message)
{
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>Worth another try: the service is down or busy (5xx, 429), not refusing the request itself (4xx).</summary>
    public bool Transient => StatusCode is null || (int)StatusCode >= 500 || StatusCode == HttpStatusCode.TooManyRequests
        || StatusCode == HttpStatusCode.RequestTimeout;

    public static async Task ThrowUnlessSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var excerpt = body.Length > 200 ? body[..200] : body;
        throw new NotificationDeliveryException(
            $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {excerpt}".Trim(), response.StatusCode);
    }
}
