namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// The gateway's tick: every <see cref="GatewaySettings.TickInterval"/> of virtual time on a fixed grid (the start
/// instant + k intervals) it evaluates working orders and streams changed market data — but only while something can
/// happen. With no working order and every streamed line quiet (an index outside its session until the next midnight
/// or 09:30 ET, an expired or unlisted option, no line at all) the tick sleeps until the first grid instant at which a
/// line can change, and a new subscription or order wakes it at the next grid instant. What it skips would have sent
/// nothing and changed nothing, so the stream is the same; the clock, stepping by <see cref="VirtualClock.AdvanceToNext"/>,
/// then jumps over the quiet hours instead of visiting every second.
/// </summary>
internal sealed partial class SimulatedGateway
{
    private readonly object _tickerGate = new();
    private ITimer? _ticker;
    private DateTimeOffset _tickOrigin;
    private bool _sleeping;
    private long _wakes;

    /// <summary>Whether the tick is asleep (nothing streams or fills until a line can change or a request wakes it).</summary>
    public bool TickerAsleep
    {
        get
        {
            lock (_tickerGate)
            {
                return _sleeping;
            }
        }
    }

    /// <summary>Something may stream or fill from now on (a subscription, an order): tick again at the next grid instant.</summary>
    public void WakeTicks()
    {
        lock (_tickerGate)
        {
            _wakes++;
            if (!_sleeping || _ticker is null)
            {
                return;
            }

            _sleeping = false;
            var now = Clock.GetUtcNow();
            _ticker.Change(GridAfter(now) - now, Settings.TickInterval);
        }
    }

    private void StartTicker()
    {
        lock (_tickerGate)
        {
            _tickOrigin = Clock.GetUtcNow();
            _ticker = Clock.CreateTimer(_ => OnTick(), null, Settings.TickInterval, Settings.TickInterval);
        }

        lock (_timers)
        {
            _timers.Add(_ticker);
        }
    }

    private void OnTick()
    {
        long wakes;
        lock (_tickerGate)
        {
            wakes = _wakes;
            _sleeping = false; // a sleeping tick that fires has woken: it ticks every interval again until it sleeps anew
        }

        var now = Clock.GetUtcNow();
        Book.Evaluate(now);
        var resetting = _resetting;
        foreach (var session in _sessions.Keys.Where(s => s.IsReady && !resetting))
        {
            session.StreamTicks(now);
        }

        if (resetting || Book.HasWorkingOrders)
        {
            return;
        }

        var quietUntil = DateTimeOffset.MaxValue;
        foreach (var session in _sessions.Keys.Where(s => s.IsReady))
        {
            var until = session.QuietUntil(now);
            quietUntil = until < quietUntil ? until : quietUntil;
            if (quietUntil <= now + Settings.TickInterval)
            {
                return;
            }
        }

        lock (_tickerGate)
        {
            if (_wakes != wakes || _ticker is null)
            {
                return; // a request came in meanwhile: keep ticking
            }

            _sleeping = true;
            _ticker.Change(quietUntil == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : GridAtOrAfter(quietUntil) - now, Settings.TickInterval);
        }
    }

    private DateTimeOffset GridAfter(DateTimeOffset instant) =>
        _tickOrigin + (Settings.TickInterval * (Math.Floor((instant - _tickOrigin) / Settings.TickInterval) + 1));

    private DateTimeOffset GridAtOrAfter(DateTimeOffset instant) =>
        _tickOrigin + (Settings.TickInterval * Math.Ceiling((instant - _tickOrigin) / Settings.TickInterval));
}
