namespace Condor.Engine.Configuration;

/// <summary>Settings a release renamed or moved: the old key is refused at start-up, naming the key that replaced it.</summary>
internal static class ReplacedKeys
{
    private static readonly Dictionary<string, string> ByOldKey = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Condor:Simulator:Speed"] = $"{ClockOptions.Section}:{nameof(ClockOptions.Speed)}",
        ["Condor:Simulator:Start"] = $"{ClockOptions.Section}:{nameof(ClockOptions.Start)}",
    };

    /// <summary>The key that replaced <paramref name="key"/>, or null when it was not replaced.</summary>
    public static string? Find(string key) => ByOldKey.GetValueOrDefault(key);
}
