using Condor.Tests.TestSupport;
using Condor.Web.Components.Pages;
using Condor.Web.Configuration;

namespace Condor.Tests.Web.Components;

public sealed class SettingsPageTests
{
    [Fact]
    public async Task Render_SecretsConfigured_ShowsMaskNeverTheValue()
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?>
        {
            ["Condor:Web:PasswordHash"] = CondorWebFactory.PasswordHash,
            ["Condor:Web:ApiToken"] = CondorWebFactory.ApiToken,
            ["Condor:Notifications:TelegramBotToken"] = "123456:telegram-secret",
        }, data.Path);

        var page = await ComponentRenderer.RenderAsync<Settings>(app.Services);

        Assert.Equal(EffectiveConfiguration.Masked, Value(page, "Condor:Web:PasswordHash"));
        Assert.Equal(EffectiveConfiguration.Masked, Value(page, "Condor:Web:ApiToken"));
        Assert.Equal(EffectiveConfiguration.Masked, Value(page, "Condor:Notifications:TelegramBotToken"));
        Assert.Equal(EffectiveConfiguration.NotSet, Value(page, "Condor:Notifications:DiscordWebhookUrl"));
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain(CondorWebFactory.PasswordHash, html, StringComparison.Ordinal);
        Assert.DoesNotContain(CondorWebFactory.ApiToken, html, StringComparison.Ordinal);
        Assert.DoesNotContain("telegram-secret", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Defaults_ShowsEffectiveStrategyValues()
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?> { ["Condor:Strategy:WingWidth"] = "25" }, data.Path);

        var page = await ComponentRenderer.RenderAsync<Settings>(app.Services);

        Assert.Equal("25", Value(page, "Condor:Strategy:WingWidth"));
        Assert.Equal("09:32:00", Value(page, "Condor:Strategy:EntryTime"));
        Assert.Equal("Simulated", Value(page, "Condor:Mode"));
    }

    private static string? Value(AngleSharp.Dom.IDocument page, string key) =>
        page.QuerySelector($"[data-key='{key}'] dd")?.TextContent.Trim();
}
