using Bunit;
using Condor.Engine.Configuration;
using Condor.Web.Components.Layout;

namespace Condor.Tests.Web.Components;

public sealed class ModeBadgeTests
{
    [Theory]
    [InlineData(TradingMode.Simulated, "SIMULATED", "mud-chip-color-success")]
    [InlineData(TradingMode.Experiment, "EXPERIMENT", "mud-chip-color-secondary")]
    [InlineData(TradingMode.Paper, "PAPER", "mud-chip-color-warning")]
    [InlineData(TradingMode.Live, "LIVE", "mud-chip-color-error")]
    public async Task Render_Mode_ShowsUpperCaseNameInTheModeColour(TradingMode mode, string text, string colour)
    {
        await using var context = ComponentTest.Create();

        var badge = context.Render<ModeBadge>(p => p.Add(b => b.Mode, mode)).Find("[data-testid=mode-badge]");

        Assert.Equal(text, badge.TextContent.Trim());
        Assert.Contains($"mode-badge-{text.ToLowerInvariant()}", badge.ClassList);
        Assert.Contains(colour, badge.ClassList);
    }
}
