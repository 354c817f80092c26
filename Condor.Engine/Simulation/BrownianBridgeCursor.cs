namespace Condor.Engine.Simulation;

/// <summary>
/// <see cref="BrownianBridge.Value"/> with its last descent remembered: the dyadic intervals containing the last
/// step queried are kept level by level, so a query near it (the next second, the usual case) resumes from the
/// deepest interval that still contains it instead of drawing all 32 levels again. Same draws, same arithmetic in
/// the same order, so the values are bit-identical to <see cref="BrownianBridge.Value"/>. Thread-safe (one lock).
/// </summary>
internal sealed class BrownianBridgeCursor
{
    private readonly ulong _seed;
    private readonly ulong _stream;
    private readonly object _gate = new();

    // Level 0 is [0, Length]; level k + 1 is the half of level k that held the last step.
    private readonly long[] _a = new long[BrownianBridge.Levels + 1];
    private readonly long[] _b = new long[BrownianBridge.Levels + 1];
    private readonly double[] _wa = new double[BrownianBridge.Levels + 1];
    private readonly double[] _wb = new double[BrownianBridge.Levels + 1];
    private readonly ulong[] _node = new ulong[BrownianBridge.Levels + 1];
    private int _depth;

    public BrownianBridgeCursor(ulong seed, ulong stream)
    {
        _seed = seed;
        _stream = stream;
        _a[0] = 0;
        _b[0] = BrownianBridge.Length;
        _wa[0] = 0;
        _wb[0] = Math.Sqrt(BrownianBridge.Length) * CounterRandom.Normal(seed, stream, 0);
        _node[0] = 1;
    }

    public double Value(long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, BrownianBridge.Length);
        lock (_gate)
        {
            var level = _depth;
            while (level > 0 && (step < _a[level] || step > _b[level]))
            {
                level--;
            }

            while (true)
            {
                long a = _a[level], b = _b[level];
                if (step == a)
                {
                    _depth = level;
                    return _wa[level];
                }

                if (step == b)
                {
                    _depth = level;
                    return _wb[level];
                }

                var m = a + ((b - a) / 2);
                var wm = ((_wa[level] + _wb[level]) / 2) + (Math.Sqrt((b - a) / 4.0) * CounterRandom.Normal(_seed, _stream, _node[level]));
                var next = level + 1;
                if (step < m)
                {
                    (_a[next], _b[next], _wa[next], _wb[next], _node[next]) = (a, m, _wa[level], wm, _node[level] * 2);
                }
                else
                {
                    (_a[next], _b[next], _wa[next], _wb[next], _node[next]) = (m, b, wm, _wb[level], (_node[level] * 2) + 1);
                }

                level = next;
            }
        }
    }
}
