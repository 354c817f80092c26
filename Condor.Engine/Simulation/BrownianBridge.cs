namespace Condor.Engine.Simulation;

/// <summary>
/// A standard Brownian motion W on the integer grid 0..2^32 (unit variance per step), built top-down as a dyadic
/// Brownian bridge: W(2^32) is drawn first, then each interval's midpoint given its ends. The value at any step is
/// therefore a pure function of (seed, stream, step), computed in at most 32 draws, in any query order.
/// </summary>
internal static class BrownianBridge
{
    public const int Levels = 32;
    public const long Length = 1L << Levels;

    public static double Value(ulong seed, ulong stream, long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, Length);
        if (step == 0)
        {
            return 0;
        }

        long a = 0;
        long b = Length;
        var wa = 0.0;
        var wb = Math.Sqrt(Length) * CounterRandom.Normal(seed, stream, 0);
        if (step == b)
        {
            return wb;
        }

        ulong node = 1;
        while (true)
        {
            var m = a + ((b - a) / 2);
            var wm = ((wa + wb) / 2) + (Math.Sqrt((b - a) / 4.0) * CounterRandom.Normal(seed, stream, node));
            if (step == m)
            {
                return wm;
            }

            if (step < m)
            {
                b = m;
                wb = wm;
                node *= 2;
            }
            else
            {
                a = m;
                wa = wm;
                node = (node * 2) + 1;
            }
        }
    }
}
