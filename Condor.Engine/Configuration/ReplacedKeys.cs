namespace Condor.Engine.Configuration;

/// <summary>Settings that an earlier release had and a newer key replaced: a start with the old key names the new one.</summary>
internal static class ReplacedKeys
{
    /// <summary>Old key → the key that replaced it, and where the new one applies.</summary>
    private static readonly (string Old, string New, string Note)[] All =
    [
        ("Condor:Simulator:Speed", $"{ClockOptions.Section}:{nameof(ClockOptions.Speed)}", "Simulated mode only"),
        ("Condor:Simulator:Start", $"{ClockOptions.Section}:{nameof(ClockOptions.Start)}", "Simulated mode only"),
    ];

    /// <summary>The message for a replaced key, or null when <paramref name="key"/> was never replaced.</summary>
    public static string? Describe(string key)
    {
        foreach (var (old, replacement, note) in All)
        {
            if (string.Equals(key, old, StringComparison.OrdinalIgnoreCase))
            {
                return $"{old}: replaced by {replacement} ({note}); move the value there";
            }
        }

        return null;
    }
}
