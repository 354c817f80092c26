using Condor.Tests.TestSupport;
using Condor.Web.Configuration;

namespace Condor.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class SecretMaskingTests
{
    /// <summary>Settings that give access to something (alerts, the bot, the account): each must be a secret.</summary>
    private static readonly string[] Secrets =
    [
        "Condor:Web:PasswordHash",
        "Condor:Web:ApiToken",
        "Condor:Notifications:DiscordWebhookUrl",
        "Condor:Notifications:TelegramBotToken",
        "Condor:Notifications:NtfyTopicUrl", // whoever knows the topic reads the alerts and can post fake ones
        "Condor:Notifications:SmtpPassword",
    ];

    [Fact]
    public async Task Sections_EverySettingThatGrantsAccess_IsMasked()
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?>
        {
            ["Condor:Notifications:NtfyTopicUrl"] = "https://ntfy.sh/condor-secret-topic",
            ["Condor:Notifications:DiscordWebhookUrl"] = "https://discord.example/api/webhooks/1/secret",
        }, data.Path);

        var entries = app.Services.GetRequiredService<EffectiveConfiguration>().Sections().SelectMany(s => s.Entries).ToList();

        Assert.All(Secrets, key => Assert.True(entries.Single(e => e.Key == key).Secret, key));
        Assert.Equal(EffectiveConfiguration.Masked, entries.Single(e => e.Key == "Condor:Notifications:NtfyTopicUrl").Value);
        Assert.DoesNotContain(entries, e => e.Value.Contains("secret", StringComparison.Ordinal));
        // Names that usually mean a credential are secrets, whichever section adds them.
        Assert.All(
            entries.Where(e => e.Name.EndsWith("Token", StringComparison.Ordinal) || e.Name.EndsWith("Password", StringComparison.Ordinal)
                || e.Name.EndsWith("Hash", StringComparison.Ordinal) || e.Name.EndsWith("WebhookUrl", StringComparison.Ordinal)
                || e.Name.EndsWith("TopicUrl", StringComparison.Ordinal)),
            e => Assert.True(e.Secret, e.Key));
    }

    [Fact]
    public async Task StartUp_NtfyTopicUrlInvalid_DoesNotEchoTheValue()
    {
        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["Condor:Notifications:NtfyTopicUrl"] = "not a url secret-topic" });

        Assert.NotNull(error);
        Assert.Contains("Condor:Notifications:NtfyTopicUrl", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-topic", error.Message, StringComparison.Ordinal);
    }
}
