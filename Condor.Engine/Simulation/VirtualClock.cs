namespace Condor.Engine.Simulation;

/// <summary>
/// The simulator's shared clock: a <see cref="TimeProvider"/> that starts at any instant, runs at
/// <see cref="Speed"/> × wall time (0 = stopped, moved only by <see cref="Advance"/>), and fires the timers created
/// through it (Task.Delay, PeriodicTimer, CancellationTokenSource) in due-time order, ties in creation order.
/// While <see cref="Advance"/> fires a timer the clock reads that timer's due time, so callbacks observe the
/// instant they were scheduled for. Callbacks run outside the internal lock and must not block.
/// </summary>
internal sealed class VirtualClock : TimeProvider, IDisposable
{
    private readonly object _gate = new();
    private readonly object _advanceGate = new();
    private readonly TimeProvider _wall;
    private readonly TimeZoneInfo _localTimeZone;
    private readonly SortedSet<VirtualTimer> _scheduled = new(VirtualTimer.DueOrder.Instance);
    private readonly ITimer _wallWake;
    private DateTimeOffset _baseVirtual;
    private long _baseWall;
    private double _speed;
    private long _sequence;
    private bool _disposed;

    /// <param name="start">The virtual instant the clock reads at construction.</param>
    /// <param name="speed">Virtual seconds per wall second; 0 keeps the clock still until advanced.</param>
    /// <param name="wall">The real clock behind speed mode (tests pass a fake); defaults to the system clock.</param>
    /// <param name="localTimeZone">What <see cref="TimeProvider.LocalTimeZone"/> answers; defaults to UTC.</param>
    public VirtualClock(DateTimeOffset start, double speed = 0, TimeProvider? wall = null, TimeZoneInfo? localTimeZone = null)
    {
        ValidateSpeed(speed);
        _wall = wall ?? System;
        _localTimeZone = localTimeZone ?? TimeZoneInfo.Utc;
        _baseVirtual = start.ToUniversalTime();
        _baseWall = _wall.GetTimestamp();
        _speed = speed;
        _wallWake = _wall.CreateTimer(static s => ((VirtualClock)s!).OnWallWake(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Virtual seconds per wall second (0 = paused).</summary>
    public double Speed
    {
        get
        {
            lock (_gate)
            {
                return _speed;
            }
        }
    }

    /// <summary>Number of armed timers (for diagnostics and tests).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _scheduled.Count;
            }
        }
    }

    /// <summary>The due time of the earliest armed timer; null when none is armed.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
            {
                return _scheduled.Count == 0 ? null : _scheduled.Min!.Due;
            }
        }
    }

    public override TimeZoneInfo LocalTimeZone => _localTimeZone;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return NowLocked();
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Changes the speed from now on; the virtual time reached so far is kept.</summary>
    public void SetSpeed(double speed)
    {
        ValidateSpeed(speed);
        lock (_gate)
        {
            Rebase(NowLocked());
            _speed = speed;
            RearmWallWakeLocked();
        }
    }

    /// <summary>Moves virtual time forward by <paramref name="delta"/>, firing every timer due on the way in order.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        lock (_advanceGate)
        {
            DateTimeOffset target;
            lock (_gate)
            {
                target = NowLocked() + delta;
            }

            FireDue(target);
            lock (_gate)
            {
                if (NowLocked() < target)
                {
                    Rebase(target);
                }

                RearmWallWakeLocked();
            }
        }
    }

    /// <summary>
    /// Event stepping at maximum speed: jumps straight to the next armed timer's due time, however far, and fires
    /// every timer due then — or, when nothing is due by <paramref name="limit"/>, moves to <paramref name="limit"/>.
    /// Nothing happens in between, so there is nothing to step through. False once the clock stands at the limit
    /// with nothing more due by it.
    /// </summary>
    public bool AdvanceToNext(DateTimeOffset limit)
    {
        var now = GetUtcNow();
        if (now >= limit)
        {
            return false;
        }

        var next = NextDue is { } due && due <= limit ? due : limit;
        Advance(next > now ? next - now : TimeSpan.Zero);
        return GetUtcNow() < limit || (NextDue is { } after && after <= limit);
    }

    /// <summary>Moves virtual time forward to <paramref name="instant"/> (no-op when it is not in the future).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        var delta = instant - GetUtcNow();
        if (delta > TimeSpan.Zero)
        {
            Advance(delta);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _scheduled.Clear();
        }

        _wallWake.Dispose();
    }

    /// <summary>Arms, re-arms or disarms a timer; fires it at once when already due.</summary>
    internal bool Schedule(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        ValidatePeriod(dueTime, nameof(dueTime));
        ValidatePeriod(period, nameof(period));
        bool dueNow;
        lock (_gate)
        {
            if (_disposed || timer.IsDisposed)
            {
                return false;
            }

            _scheduled.Remove(timer);
            timer.Period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                RearmWallWakeLocked();
                return true;
            }

            var now = NowLocked();
            timer.Due = now + dueTime;
            timer.Sequence = ++_sequence;
            _scheduled.Add(timer);
            dueNow = dueTime == TimeSpan.Zero;
            RearmWallWakeLocked();
        }

        if (dueNow)
        {
            lock (_advanceGate)
            {
                FireDue(GetUtcNow());
            }
        }

        return true;
    }

    internal void Unschedule(VirtualTimer timer)
    {
        lock (_gate)
        {
            _scheduled.Remove(timer);
            RearmWallWakeLocked();
        }
    }

    /// <summary>Fires, in order, every timer due at or before <paramref name="until"/>, one at a time.</summary>
    private void FireDue(DateTimeOffset until)
    {
        while (true)
        {
            VirtualTimer timer;
            lock (_gate)
            {
                if (_scheduled.Count == 0 || _scheduled.Min!.Due > until)
                {
                    return;
                }

                timer = _scheduled.Min!;
                _scheduled.Remove(timer);
                if (timer.Due > NowLocked())
                {
                    Rebase(timer.Due);
                }

                if (timer.Period > TimeSpan.Zero && timer.Period != Timeout.InfiniteTimeSpan)
                {
                    timer.Due += timer.Period;
                    timer.Sequence = ++_sequence;
                    _scheduled.Add(timer);
                }
            }

            timer.Invoke();
        }
    }

    private void OnWallWake()
    {
        lock (_advanceGate)
        {
            FireDue(GetUtcNow());
            lock (_gate)
            {
                RearmWallWakeLocked();
            }
        }
    }

    private DateTimeOffset NowLocked()
    {
        if (_speed == 0)
        {
            return _baseVirtual;
        }

        var wallElapsed = _wall.GetElapsedTime(_baseWall);
        return _baseVirtual + TimeSpan.FromTicks((long)(wallElapsed.Ticks * _speed));
    }

    private void Rebase(DateTimeOffset virtualNow)
    {
        _baseVirtual = virtualNow;
        _baseWall = _wall.GetTimestamp();
    }

    private void RearmWallWakeLocked()
    {
        if (_disposed)
        {
            return;
        }

        if (_speed == 0 || _scheduled.Count == 0)
        {
            _wallWake.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var virtualWait = _scheduled.Min!.Due - NowLocked();
        // At least one tick: the wall timer must never fire synchronously inside Change (a fake wall could), since
        // that would run callbacks under this clock's lock.
        var wallTicks = Math.Max(1, Math.Ceiling(Math.Max(0, virtualWait.Ticks) / _speed));
        var wallWait = TimeSpan.FromTicks((long)Math.Min(wallTicks, TimeSpan.FromDays(1).Ticks));
        _wallWake.Change(wallWait, Timeout.InfiniteTimeSpan);
    }

    private static void ValidateSpeed(double speed)
    {
        if (double.IsNaN(speed) || double.IsInfinity(speed) || speed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "Speed must be a finite number ≥ 0.");
        }
    }

    private static void ValidatePeriod(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be ≥ 0 or Timeout.InfiniteTimeSpan.");
        }
    }
}
