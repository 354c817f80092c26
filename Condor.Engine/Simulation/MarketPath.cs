namespace Condor.Engine.Simulation;

/// <summary>
/// SPX and VIX as pure functions of (seed, time). SPX is a geometric Brownian motion with drift on the market
/// timeline (weekday sessions, whole seconds) plus optional intraday jumps; VIX reverts to its level and moves
/// against SPX: log VIX = log level − β · (SPX log return over the look-back) + its own noise.
/// </summary>
internal sealed class MarketPath
{
    private const ulong SpxStream = 1;
    private const ulong VixStream = 2;
    private const ulong JumpStream = 3;
    private const ulong GapStream = 4;
    private static readonly double[] VixScales = [0.25, 1, 4];
    private const int BucketSeconds = EasternTime.SessionSeconds / MarketPathOptions.JumpBuckets;

    private readonly MarketPathOptions _options;
    private readonly double _anchorLog;
    private readonly long _anchorIndex;
    private readonly double _sqrtStep;

    // Bridge cursors (bit-identical to BrownianBridge.Value, fast for nearby steps): SPX now, SPX at each VIX
    // look-back, SPX at other instants (Spx(time)), VIX noise now and a look-back ago, the gaps by day.
    private readonly BrownianBridgeCursor _spxNow;
    private readonly BrownianBridgeCursor[] _spxLookback;
    private readonly BrownianBridgeCursor _spxOther;
    private readonly BrownianBridgeCursor _vixNow;
    private readonly BrownianBridgeCursor _vixLookback;
    private readonly BrownianBridgeCursor _gaps;

    public MarketPath(MarketPathOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _sqrtStep = Math.Sqrt(1 / MarketInstant.SecondsPerYear);
        _spxNow = new BrownianBridgeCursor(options.Seed, SpxStream);
        _spxLookback = [.. VixScales.Select(_ => new BrownianBridgeCursor(options.Seed, SpxStream))];
        _spxOther = new BrownianBridgeCursor(options.Seed, SpxStream);
        _vixNow = new BrownianBridgeCursor(options.Seed, VixStream);
        _vixLookback = new BrownianBridgeCursor(options.Seed, VixStream);
        _gaps = new BrownianBridgeCursor(options.Seed, GapStream);
        var anchor = MarketInstant.From(options.AnchorTime);
        _anchorIndex = anchor.Index;
        _anchorLog = Math.Log(options.AnchorSpx) - LogDeviation(anchor, GapDay(options.AnchorTime, anchor), _spxOther);
    }

    private volatile MarketSnapshot? _last;

    public MarketPathOptions Options => _options;

    public MarketSnapshot At(DateTimeOffset time)
    {
        // One-entry cache: the gateway asks for the same instant once per option per tick.
        if (_last is { } last && last.Time == time)
        {
            return last;
        }

        var instant = MarketInstant.From(time);
        var gapDay = GapDay(time, instant);
        var logSpx = LogSpx(instant, gapDay, _spxNow);
        var snapshot = new MarketSnapshot(time, Math.Exp(logSpx), Vix(instant, logSpx));
        _last = snapshot;
        return snapshot;
    }

    public double Spx(DateTimeOffset time)
    {
        var instant = MarketInstant.From(time);
        return Math.Exp(LogSpx(instant, GapDay(time, instant), _spxOther));
    }

    /// <summary>The last session day whose opening gap has happened at <paramref name="time"/>: before an open (or on a weekend) the prior one's.</summary>
    private static long GapDay(DateTimeOffset time, MarketInstant instant)
    {
        if (instant.Second > 0)
        {
            return instant.Day;
        }

        var eastern = EasternTime.ToEastern(time);
        var beforeOpen = eastern.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || eastern.TimeOfDay < EasternTime.Open.ToTimeSpan();
        return beforeOpen ? instant.Day - 1 : instant.Day;
    }

    private double LogSpx(MarketInstant instant, long gapDay, BrownianBridgeCursor spx) => _anchorLog + LogDeviation(instant, gapDay, spx);

    /// <summary>Drift, diffusion and the session's jumps so far, before anchoring.</summary>
    private double LogDeviation(MarketInstant instant, long gapDay, BrownianBridgeCursor spx)
    {
        var index = Math.Min(instant.Index, BrownianBridge.Length);
        var sigma = _options.Volatility;
        var years = (index - _anchorIndex) / MarketInstant.SecondsPerYear;
        var diffusion = sigma * _sqrtStep * spx.Value(index);
        return ((_options.Drift - (sigma * sigma / 2)) * years) + diffusion + Jumps(instant) + Gaps(gapDay);
    }

    /// <summary>
    /// The overnight gaps so far: a seeded random walk over session days (a Brownian path sampled at whole days, so
    /// each day's open moves by GapMean + GapStdDev × N(0, 1) against the prior close, and the moves last). A
    /// session's gap holds from its 09:30 open — and before it, since the timeline is frozen outside the session.
    /// </summary>
    private double Gaps(long gapDay)
    {
        if (_options.GapStdDev <= 0 && _options.GapMean == 0)
        {
            return 0;
        }

        var day = Math.Clamp(gapDay, 0, BrownianBridge.Length);
        return (_options.GapMean * day) + (_options.GapStdDev * _gaps.Value(day));
    }

    private double Jumps(MarketInstant instant)
    {
        if (_options.JumpsPerSession <= 0)
        {
            return 0;
        }

        var probability = _options.JumpsPerSession / MarketPathOptions.JumpBuckets;
        var total = 0.0;
        for (var bucket = 0; bucket < MarketPathOptions.JumpBuckets; bucket++)
        {
            var key = ((ulong)instant.Day * MarketPathOptions.JumpBuckets) + (ulong)bucket;
            if (CounterRandom.Uniform(_options.Seed, JumpStream, key * 4) >= probability)
            {
                continue;
            }

            var at = (bucket * BucketSeconds) + (int)(CounterRandom.Hash(_options.Seed, JumpStream, (key * 4) + 1) % BucketSeconds);
            if (at <= instant.Second)
            {
                total += _options.JumpMean + (_options.JumpStdDev * CounterRandom.Normal(_options.Seed, JumpStream, (key * 4) + 2));
            }
        }

        return total;
    }

    /// <summary>
    /// VIX responds to SPX's log return over three look-backs (¼, 1 and 4 × the base look-back, equal weights), a
    /// piecewise-linear decay kernel: a move lifts VIX at once and fades over days, so VIX reverts to its level.
    /// </summary>
    private double Vix(MarketInstant instant, double logSpx)
    {
        var response = 0.0;
        for (var i = 0; i < VixScales.Length; i++)
        {
            var lookback = (long)(_options.VixLookbackSeconds * VixScales[i]);
            var past = MarketInstant.FromIndex(instant.Index - lookback);
            response += (logSpx - LogSpx(past, past.Day, _spxLookback[i])) / VixScales.Length;
        }

        var index = Math.Min(instant.Index, BrownianBridge.Length);
        var noiseLookback = _options.VixLookbackSeconds;
        var noise = (_vixNow.Value(index) - _vixLookback.Value(Math.Max(0, index - noiseLookback))) / Math.Sqrt(noiseLookback);
        var logVix = Math.Log(_options.VixLevel) - (_options.VixSpxBeta * response) + (_options.VixNoise * noise);
        return Math.Max(5, Math.Exp(logVix));
    }
}
