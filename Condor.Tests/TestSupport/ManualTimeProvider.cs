namespace Condor.Tests.TestSupport;

/// <summary>
/// The tests' one clock: time moves only when a test calls <see cref="Advance"/>, which fires due timers in order
/// (so timeouts, pacing and reconnect delays are tested without waiting). Timestamps are virtual too.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(int Count, TaskCompletionSource Armed)> _waiters = [];
    private readonly DateTimeOffset _start;
    private TimeSpan _elapsed;

    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _start = start ?? new DateTimeOffset(2026, 11, 23, 14, 30, 0, TimeSpan.Zero);
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Virtual time since creation.</summary>
    public TimeSpan Elapsed
    {
        get
        {
            lock (_lock)
            {
                return _elapsed;
            }
        }
    }

    public int ActiveTimers
    {
        get
        {
            lock (_lock)
            {
                return _timers.Count;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => _start + Elapsed;

    /// <summary>How long until the earliest armed timer is due; null when none is armed.</summary>
    public TimeSpan? NextDueIn
    {
        get
        {
            lock (_lock)
            {
                return _timers.Count == 0 ? null : _timers.Min(t => t.DueAt) - _elapsed;
            }
        }
    }

    /// <summary>
    /// Completes once at least <paramref name="count"/> timers are armed: the code under test is waiting on the
    /// clock, so a test can advance it exactly to the next due time instead of guessing when the code got there.
    /// </summary>
    public Task WhenTimersArmedAsync(int count = 1)
    {
        lock (_lock)
        {
            if (_timers.Count >= count)
            {
                return Task.CompletedTask;
            }

            var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, armed));
            return armed.Task;
        }
    }

    public override long GetTimestamp() => Elapsed.Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward, firing every timer that falls due, at its due time, in order.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        TimeSpan target;
        lock (_lock)
        {
            target = _elapsed + delta;
        }

        while (true)
        {
            ManualTimer? due;
            lock (_lock)
            {
                due = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (due is null)
                {
                    // Never backwards: a timer callback may itself have advanced the clock further.
                    _elapsed = _elapsed > target ? _elapsed : target;
                    return;
                }

                _elapsed = due.DueAt;
                _timers.Remove(due);
                if (due.Period > TimeSpan.Zero)
                {
                    due.DueAt += due.Period;
                    _timers.Add(due);
                }
            }

            due.Fire();
        }
    }

    internal void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.DueAt = _elapsed + dueTime;
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            _timers.Add(timer);
            foreach (var waiter in _waiters.Where(w => _timers.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Armed.SetResult();
            }
        }
    }

    internal void Remove(ManualTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }
}
