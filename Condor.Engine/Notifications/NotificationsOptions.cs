using System.ComponentModel.DataAnnotations;
using Condor.Engine.Configuration;

namespace Condor.Engine.Notifications;

/// <summary>Notification channels, section <c>Condor:Notifications</c>. A channel with no target is off.</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Condor:Notifications";

    [Secret]
    [Url]
    public string? DiscordWebhookUrl { get; set; }

    [Secret]
    public string? TelegramBotToken { get; set; }

    public string? TelegramChatId { get; set; }

    /// <summary>Secret: anyone who knows an ntfy topic reads its alerts and can post fake ones.</summary>
    [Secret]
    [Url]
    public string? NtfyTopicUrl { get; set; }

    [Secret]
    public string? SmtpPassword { get; set; }

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    [EmailAddress]
    public string? EmailTo { get; set; }
}
