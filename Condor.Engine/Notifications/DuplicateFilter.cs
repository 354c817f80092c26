namespace Condor.Engine.Notifications;

/// <summary>The same alert key again within the window is a duplicate (on the injected clock). Not thread-safe: one router uses it.</summary>
internal sealed class DuplicateFilter(TimeProvider time, TimeSpan window)
{
    private readonly Dictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="key"/> was not let through within the window; records it when let through.</summary>
    public bool TryPass(string key)
    {
        var now = time.GetUtcNow();
        if (_lastSent.Count > 1024)
        {
            foreach (var stale in _lastSent.Where(p => now - p.Value >= window).Select(p => p.Key).ToList())
            {
                _lastSent.Remove(stale);
            }
        }

        if (window > TimeSpan.Zero && _lastSent.TryGetValue(key, out var last) && now - last < window)
        {
            return false;
        }

        _lastSent[key] = now;
        return true;
    }
}
