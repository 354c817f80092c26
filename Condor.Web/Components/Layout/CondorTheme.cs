using MudBlazor;

namespace Condor.Web.Components.Layout;

/// <summary>
/// Condor's palette for MudBlazor: dark by default (a phone at 09:30 in a dim room), with a light variant.
/// The mode colours match the badges: Live red, Paper amber, Experiment purple, Simulated green.
/// </summary>
internal static class CondorTheme
{
    public const string LiveRed = "#c0392b";

    public static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#58a6ff",
            Secondary = "#a371f7",
            Success = "#2ea043",
            Warning = "#d29922",
            Error = LiveRed,
            Background = "#0f1419",
            Surface = "#161b22",
            AppbarBackground = "#161b22",
            AppbarText = "#e6edf3",
            DrawerBackground = "#11161d",
            DrawerText = "#e6edf3",
            TextPrimary = "#e6edf3",
            TextSecondary = "#9aa7b4",
            LinesDefault = "#30363d",
            TableLines = "#30363d",
            Divider = "#30363d",
        },
        PaletteLight = new PaletteLight
        {
            Primary = "#1f6feb",
            Secondary = "#6c3483",
            Success = "#1e8449",
            Warning = "#b9770e",
            Error = LiveRed,
            Background = "#f6f7f9",
            Surface = "#ffffff",
            AppbarBackground = "#ffffff",
            AppbarText = "#17202a",
            DrawerBackground = "#ffffff",
            TextPrimary = "#17202a",
            TextSecondary = "#5d6d7e",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"] },
        },
    };
}
