namespace Condor.Web.Dashboard;

/// <summary>
/// Coalesces change notifications into renders: the first change after a quiet spell of at least the
/// interval renders at once; changes inside the interval schedule one render at its end (which shows the
/// latest snapshot); further changes before then add nothing.
/// </summary>
internal sealed class RenderThrottle(RenderPacing pacing, Action render) : IDisposable
{
    private readonly Lock _gate = new();
    private long? _lastRender;
    private ITimer? _pending;
    private bool _disposed;

    public void Changed()
    {
        lock (_gate)
        {
            if (_disposed || _pending is not null)
            {
                return;
            }

            var since = _lastRender is { } last ? pacing.Clock.GetElapsedTime(last) : TimeSpan.MaxValue;
            if (since < pacing.Interval)
            {
                _pending = pacing.Clock.CreateTimer(_ => Fire(), null, pacing.Interval - since, Timeout.InfiniteTimeSpan);
                return;
            }

            _lastRender = pacing.Clock.GetTimestamp();
        }

        render();
    }

    private void Fire()
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
            if (_disposed)
            {
                return;
            }

            _lastRender = pacing.Clock.GetTimestamp();
        }

        render();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _pending?.Dispose();
            _pending = null;
        }
    }
}
