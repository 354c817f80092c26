namespace Condor.Engine.Tws.Transport;

/// <summary>One live request in <see cref="PendingRequests"/>: its timeout timer and cancellation, and how it fails.</summary>
internal abstract class PendingEntry
{
    private ITimer? _timer;
    private CancellationTokenRegistration _registration;

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

    /// <summary>Starts the timeout and cancellation hooks; <paramref name="onExpired"/> / <paramref name="onCancelled"/> run at most once.</summary>
    public void Arm(TimeProvider timeProvider, Action<PendingEntry> onExpired, Action<PendingEntry, CancellationToken> onCancelled, CancellationToken cancellationToken)
    {
        _timer = timeProvider.CreateTimer(static state => ((Action)state!)(), (Action)(() => onExpired(this)), Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.Register(() => onCancelled(this, cancellationToken));
        }
    }

    /// <summary>Restarts the timeout (an item of a multi-item answer arrived: the timeout counts from the last progress).</summary>
    public void Touch() => _timer?.Change(Timeout, System.Threading.Timeout.InfiniteTimeSpan);

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
        _timer?.Dispose();
        _registration.Dispose();
    }

    protected abstract void OnFailed(Exception exception);

    protected abstract void OnCancelled(CancellationToken cancellationToken);
}
