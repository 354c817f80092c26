namespace Condor.Web.Components.Layout;

/// <summary>
/// The owner's light/dark choice, kept in a cookie (<see cref="CookieName"/>) so every page and every new
/// circuit opens with it. Dark unless the cookie says light.
/// </summary>
internal static class ThemeChoice
{
    public const string CookieName = "condor.theme";

    public static bool IsDark(string? cookie) => !string.Equals(cookie, "light", StringComparison.Ordinal);
}
