namespace Condor.Engine.Notifications;

/// <summary>
/// The notifications' own HttpClient (not IHttpClientFactory's: its logging handlers write request URLs, and a
/// Telegram URL carries the bot token). A 40 s per-request timeout leaves room for the 25 s long poll.
/// </summary>
internal sealed class NotificationHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(40),
    };

    public void Dispose() => Client.Dispose();
}
