namespace Condor.Engine.Simulation;

/// <summary>A timer of <see cref="VirtualClock"/>; its schedule fields are guarded by the clock's lock.</summary>
internal sealed class VirtualTimer : ITimer
{
    private readonly VirtualClock _clock;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private volatile bool _disposed;

    public VirtualTimer(VirtualClock clock, TimerCallback callback, object? state)
    {
        _clock = clock;
        _callback = callback;
        _state = state;
    }

    public DateTimeOffset Due { get; set; }

    public TimeSpan Period { get; set; }

    public long Sequence { get; set; }

    public bool IsDisposed => _disposed;

    public bool Change(TimeSpan dueTime, TimeSpan period) => _clock.Schedule(this, dueTime, period);

    public void Dispose()
    {
        _disposed = true;
        _clock.Unschedule(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Invoke()
    {
        if (!_disposed)
        {
            _callback(_state);
        }
    }

    /// <summary>Orders timers by due time, then by arming sequence (FIFO among equal due times).</summary>
    public sealed class DueOrder : IComparer<VirtualTimer>
    {
        public static readonly DueOrder Instance = new();

        public int Compare(VirtualTimer? x, VirtualTimer? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            var byDue = x.Due.CompareTo(y.Due);
            return byDue != 0 ? byDue : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
