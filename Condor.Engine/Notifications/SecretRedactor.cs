namespace Condor.Engine.Notifications;

/// <summary>Replaces every configured secret in a text (an error message to journal or log) with <c>***</c>.</summary>
internal sealed class SecretRedactor(IEnumerable<string?> secrets)
{
    private readonly string[] _secrets = [.. secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4).Select(s => s!)];

    public static SecretRedactor For(NotificationsOptions o) => new([o.TelegramBotToken, o.NtfyTopicUrl, o.NtfyToken,
        o.PushoverAppToken, o.PushoverUserKey, o.DiscordWebhookUrl, o.SmtpPassword]);

    public string Redact(string text) =>
        _secrets.Aggregate(text, (current, secret) => current.Replace(secret, "***", StringComparison.Ordinal));
}
