using Bunit;
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
        await using var context = ComponentTest.Create(app: app.Services);

        var page = context.Render<Settings>();

        Assert.Equal(EffectiveConfiguration.Masked, Value(page, "Condor:Web:PasswordHash"));
        Assert.Equal(EffectiveConfiguration.Masked, Value(page, "Condor:Web:ApiToken"));
        Assert.Equal(EffectiveConfiguration.Masked, Value(page, "Condor:Notifications:TelegramBotToken"));
        Assert.Equal(EffectiveConfiguration.NotSet, Value(page, "Condor:Notifications:DiscordWebhookUrl"));
        Assert.DoesNotContain(CondorWebFactory.PasswordHash, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(CondorWebFactory.ApiToken, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("telegram-secret", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Defaults_ShowsEffectiveValuesInMudTables()
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?> { ["Condor:Strategy:WingWidth"] = "25" }, data.Path);
        await using var context = ComponentTest.Create(app: app.Services);

        var page = context.Render<Settings>();

        Assert.Equal("25", Value(page, "Condor:Strategy:WingWidth"));
        Assert.Equal("09:32:00", Value(page, "Condor:Strategy:EntryTime"));
        Assert.Equal("Simulated", Value(page, "Condor:Mode"));
        Assert.NotNull(page.Find("[data-section='Condor:Strategy'] .mud-simple-table [data-key='Condor:Strategy:WingWidth']"));
    }

    private static string? Value(IRenderedComponent<Settings> page, string key) =>
        page.FindAll($"[data-key='{key}'] td").SingleOrDefault()?.TextContent.Trim();
}
