namespace Condor.Engine.Tws.Transport;

/// <summary>One live request in <see cref="PendingRequests"/>: its timeout timer and cancellation, and how it fails.</summary>
internal abstract class PendingEntry
{
    private readonly Lock _lock = new();
    private ITimer? _timer;
    private CancellationTokenRegistration _registration;
    private bool _released;

    protected PendingEntry(int id, TimeSpan timeout)
    {
        Id = id;
        Timeout = timeout;
    }

    public int Id { get; }

    public TimeSpan Timeout { get; }

    /// <summary>True for answers made of items and an End message.</summary>
    public virtual bool IsMultiItem => false;

    /// <summary>The End message of a multi-item answer (after the entry left the registry).</summary>
    public virtual void End() => throw new InvalidOperationException("Request " + Id + " expects one answer, not an End message.");

    /// <summary>Starts the timeout and cancellation hooks; <paramref name="onExpired"/> / <paramref name="onCancelled"/> act at most once (the registry removes the entry first).</summary>
    public void Arm(TimeProvider timeProvider, Action<PendingEntry> onExpired, Action<PendingEntry, CancellationToken> onCancelled, CancellationToken cancellationToken)
    {
        var timer = timeProvider.CreateTimer(
            static state => ((Action)state!)(), (Action)(() => onExpired(this)), Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.Register(() => onCancelled(this, cancellationToken))
            : default;
        lock (_lock)
        {
            if (!_released)
            {
                _timer = timer;
                _registration = registration;
                return;
            }
        }

        // answered before the hooks were in place
        timer.Dispose();
        registration.Dispose();
    }

    /// <summary>Restarts the timeout (an item of a multi-item answer arrived: the timeout counts from the last progress).</summary>
    public void Touch()
    {
        lock (_lock)
        {
            _timer?.Change(Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Fails the waiting caller (after the entry left the registry).</summary>
    public void Fail(Exception exception)
    {
        Release();
        OnFailed(exception);
    }

    public void Cancel(CancellationToken cancellationToken)
    {
        Release();
        OnCancelled(cancellationToken);
    }

    /// <summary>Stops the timer and the cancellation hook.</summary>
    protected void Release()
    {
        ITimer? timer;
        CancellationTokenRegistration registration;
        lock (_lock)
        {
            _released = true;
            timer = _timer;
            registration = _registration;
            _timer = null;
            _registration = default;
        }

        timer?.Dispose();
        registration.Dispose();
    }

    protected abstract void OnFailed(Exception exception);

    protected abstract void OnCancelled(CancellationToken cancellationToken);
}
