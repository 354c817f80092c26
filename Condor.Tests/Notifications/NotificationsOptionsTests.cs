using Condor.Engine.Configuration;
using Condor.Engine.Notifications;

namespace Condor.Tests.Notifications;

/// <summary>Start-up validation of Condor:Notifications: each failure names its key; secrets are never echoed.</summary>
public sealed class NotificationsOptionsTests
{
    private static string Validate(NotificationsOptions options)
    {
        var result = new SectionValidator<NotificationsOptions>(NotificationsOptions.Section).Validate(null, options);
        return result.Succeeded ? "" : string.Join("\n", result.Failures ?? []);
    }

    [Fact]
    public void Validate_EmptyStrings_AreOffAndValid()
    {
        var options = new NotificationsOptions
        {
            NtfyTopicUrl = "", DiscordWebhookUrl = "", EmailTo = "", EmailFrom = "", SmtpHost = "", TelegramBotToken = "",
            PushoverAppToken = "", PushoverUserKey = "",
        };

        Assert.Equal("", Validate(options));
        Assert.Empty(NotificationChannels.Create(options, new HttpClient(), TimeProvider.System));
    }

    [Theory]
    [InlineData("TelegramCommands")]
    [InlineData("PushoverUserKey")]
    [InlineData("EmailFrom")]
    [InlineData("InfoChannels")]
    public void Validate_IncompleteChannel_NamesTheMissingKey(string key)
    {
        var options = key switch
        {
            "TelegramCommands" => new NotificationsOptions { TelegramBotToken = "123:ABC", TelegramCommands = true },
            "PushoverUserKey" => new NotificationsOptions { PushoverAppToken = "app" },
            "EmailFrom" => new NotificationsOptions { SmtpHost = "smtp.example", EmailTo = "me@example.com" },
            _ => new NotificationsOptions { InfoChannels = ["ntfy", "pigeon"] },
        };

        Assert.Contains($"Condor:Notifications:{key}", Validate(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TelegramTokenWithoutChatId_ChannelOff()
    {
        var options = new NotificationsOptions { TelegramBotToken = "123:ABC" };

        Assert.Equal("", Validate(options));
        Assert.Empty(NotificationChannels.Create(options, new HttpClient(), TimeProvider.System));
    }

    [Fact]
    public void Validate_BadSecretUrl_NamesTheKeyWithoutTheValue()
    {
        var message = Validate(new NotificationsOptions { NtfyTopicUrl = "ntfy.sh/my-secret-topic" });

        Assert.Contains("Condor:Notifications:NtfyTopicUrl (value hidden)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("my-secret-topic", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_EveryCredential_IsMarkedSecret()
    {
        string[] secrets = ["DiscordWebhookUrl", "TelegramBotToken", "NtfyTopicUrl", "NtfyToken", "PushoverAppToken",
            "PushoverUserKey", "SmtpPassword"];

        Assert.All(secrets, name => Assert.True(
            typeof(NotificationsOptions).GetProperty(name)!.IsDefined(typeof(SecretAttribute), inherit: true), name));
    }
}
