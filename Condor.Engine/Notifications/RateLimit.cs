namespace Condor.Engine.Notifications;

/// <summary>At most <paramref name="perMinute"/> sends in any sliding minute (on the injected clock). One sender uses it.</summary>
internal sealed class RateLimit(TimeProvider time, int perMinute)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _sent = new();

    public bool TryTake()
    {
        var now = time.GetUtcNow();
        while (_sent.Count > 0 && now - _sent.Peek() >= Minute)
        {
            _sent.Dequeue();
        }

        if (_sent.Count >= perMinute)
        {
            return false;
        }

        _sent.Enqueue(now);
        return true;
    }
}
