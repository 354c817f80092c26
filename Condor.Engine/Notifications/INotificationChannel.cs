namespace Condor.Engine.Notifications;

/// <summary>
/// One way to reach the owner (ntfy, Pushover, Telegram, Discord, e-mail). <see cref="SendAsync"/> delivers once
/// or throws (<see cref="NotificationDeliveryException"/>, <see cref="HttpRequestException"/>...); retries, rate
/// limit and health are the <see cref="NotificationDispatcher"/>'s.
/// </summary>
internal interface INotificationChannel
{
    string Name { get; }

    Task SendAsync(Notification notification, CancellationToken cancellationToken);
}
