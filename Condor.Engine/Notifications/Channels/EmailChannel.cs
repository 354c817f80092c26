using System.Net;
using System.Net.Mail;

namespace Condor.Engine.Notifications.Channels;

/// <summary>
/// E-mail over SMTP with System.Net.Mail: one plain-text message per notification, STARTTLS unless turned off,
/// urgent ones with high importance. System.Net.Mail (no extra package) is enough for this: one short message to
/// one address through a submission port (587, STARTTLS); what it lacks (implicit TLS on 465, OAuth) Condor does
/// not need — MailKit would be the move if it ever does.
/// </summary>
internal sealed class EmailChannel(NotificationsOptions options) : INotificationChannel
{
    public string Name => ChannelNames.Email;

    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        using var message = new MailMessage(options.EmailFrom!, options.EmailTo!)
        {
            Subject = notification.Severity == NotificationSeverity.Urgent
                ? $"[Condor URGENT] {notification.Title}"
                : $"[Condor] {notification.Title}",
            Body = notification.Body,
            Priority = notification.Severity == NotificationSeverity.Urgent ? MailPriority.High : MailPriority.Normal,
        };
        using var client = new SmtpClient(options.SmtpHost!, options.SmtpPort)
        {
            EnableSsl = options.SmtpUseTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            client.Credentials = new NetworkCredential(options.SmtpUser, options.SmtpPassword);
        }

        await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
