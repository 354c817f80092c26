using Condor.Engine.Configuration;
using Condor.Tests.TestSupport;
using Condor.Web.Components.Layout;

namespace Condor.Tests.Web.Components;

public sealed class ModeBadgeTests
{
    [Theory]
    [InlineData(TradingMode.Simulated, "SIMULATED")]
    [InlineData(TradingMode.Experiment, "EXPERIMENT")]
    [InlineData(TradingMode.Paper, "PAPER")]
    [InlineData(TradingMode.Live, "LIVE")]
    public async Task Render_Mode_ShowsUpperCaseNameWithModeClass(TradingMode mode, string text)
    {
        using var data = new TempDirectory();
        await using var app = AppStartup.Build(new Dictionary<string, string?>(), data.Path);

        var html = await ComponentRenderer.RenderAsync<ModeBadge>(app.Services, new Dictionary<string, object?> { ["Mode"] = mode });

        var badge = html.QuerySelector("[data-testid=mode-badge]")!;
        Assert.Equal(text, badge.TextContent);
        Assert.Contains($"mode-badge-{text.ToLowerInvariant()}", badge.ClassList);
    }
}
