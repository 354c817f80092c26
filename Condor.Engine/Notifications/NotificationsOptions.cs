using System.ComponentModel.DataAnnotations;
using Condor.Engine.Configuration;

namespace Condor.Engine.Notifications;

/// <summary>
/// Notification channels, section <c>Condor:Notifications</c>. A channel with no target is off; with none configured
/// nothing is sent (and nothing runs). The <c>*ApiUrl</c> keys exist so tests can point a channel at a loopback server.
/// </summary>
public sealed class NotificationsOptions : IValidatableObject
{
    public const string Section = "Condor:Notifications";

    [Secret]
    public string? DiscordWebhookUrl { get; set; }

    [Secret]
    public string? TelegramBotToken { get; set; }

    /// <summary>The owner's chat: alerts go there, and bot commands are accepted only from it.</summary>
    public string? TelegramChatId { get; set; }

    [Url]
    public string TelegramApiUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Poll Telegram (<c>getUpdates</c>) for the owner's commands (/status /pnl /pause /resume /kill).</summary>
    public bool TelegramCommands { get; set; }

    /// <summary>Secret: anyone who knows an ntfy topic reads its alerts and can post fake ones.</summary>
    [Secret]
    public string? NtfyTopicUrl { get; set; }

    /// <summary>Access token of a protected ntfy topic (sent as a bearer token); optional.</summary>
    [Secret]
    public string? NtfyToken { get; set; }

    [Secret]
    public string? PushoverAppToken { get; set; }

    [Secret]
    public string? PushoverUserKey { get; set; }

    [Url]
    public string PushoverApiUrl { get; set; } = "https://api.pushover.net/1/messages.json";

    [Secret]
    public string? SmtpPassword { get; set; }

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    /// <summary>STARTTLS (port 587). Off only for a local relay.</summary>
    public bool SmtpUseTls { get; set; } = true;

    public string? EmailFrom { get; set; }

    public string? EmailTo { get; set; }

    /// <summary>
    /// Channels that get info notifications (trade opened/closed, no-trade, summaries): any of
    /// <c>ntfy</c>, <c>pushover</c>, <c>telegram</c>, <c>discord</c>, <c>email</c>. Empty: every configured channel.
    /// Urgent alerts always go to every configured channel.
    /// </summary>
    public List<string> InfoChannels { get; set; } = [];

    /// <summary>Attempts per delivery (the first one included), with exponential backoff between them.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    [Range(0.1, 300)]
    public double RetryDelaySeconds { get; set; } = 2;

    /// <summary>Info notifications a channel sends per minute at most; urgent alerts are never rate-limited.</summary>
    [Range(1, 600)]
    public int InfoPerMinute { get; set; } = 10;

    /// <summary>The same alert (same key) again within this window is not sent again.</summary>
    [Range(0, 1440)]
    public int DuplicateWindowMinutes { get; set; } = 15;

    /// <summary>Failed deliveries in a row after which a channel is reported unhealthy.</summary>
    [Range(1, 100)]
    public int UnhealthyAfterFailures { get; set; } = 3;

    [Range(8, 10_000)]
    public int QueueCapacity { get; set; } = 256;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Empty means "off" (appsettings.json ships empty values), so these are checked only when set.
        foreach (var (name, value) in new[] { (nameof(DiscordWebhookUrl), DiscordWebhookUrl), (nameof(NtfyTopicUrl), NtfyTopicUrl) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsHttpUrl(value))
            {
                yield return new ValidationResult("must be an absolute http(s) URL", [name]);
            }
        }

        foreach (var (name, value) in new[] { (nameof(EmailFrom), EmailFrom), (nameof(EmailTo), EmailTo) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !new EmailAddressAttribute().IsValid(value))
            {
                yield return new ValidationResult("must be an e-mail address", [name]);
            }
        }

        // A bot token without a chat id leaves the Telegram channel off (logged at start), not a start-up failure:
        // the Settings page tests configure a token alone.
        if (TelegramCommands && (string.IsNullOrWhiteSpace(TelegramBotToken) || string.IsNullOrWhiteSpace(TelegramChatId)))
        {
            yield return new ValidationResult("needs TelegramBotToken and TelegramChatId", [nameof(TelegramCommands)]);
        }

        if (string.IsNullOrWhiteSpace(PushoverAppToken) != string.IsNullOrWhiteSpace(PushoverUserKey))
        {
            var missing = string.IsNullOrWhiteSpace(PushoverAppToken) ? nameof(PushoverAppToken) : nameof(PushoverUserKey);
            yield return new ValidationResult("Pushover needs both PushoverAppToken and PushoverUserKey", [missing]);
        }

        if (!string.IsNullOrWhiteSpace(SmtpHost))
        {
            if (string.IsNullOrWhiteSpace(EmailTo))
            {
                yield return new ValidationResult("is required when SmtpHost is set", [nameof(EmailTo)]);
            }

            if (string.IsNullOrWhiteSpace(EmailFrom))
            {
                yield return new ValidationResult("is required when SmtpHost is set", [nameof(EmailFrom)]);
            }
        }

        var unknown = InfoChannels.Where(c => !ChannelNames.All.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            yield return new ValidationResult(
                $"unknown channel(s) {string.Join(", ", unknown)}; use {string.Join(", ", ChannelNames.All)}",
                [nameof(InfoChannels)]);
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
