namespace Condor.Engine.Simulation;

/// <summary>
/// Counter-based randomness: every number is a pure function of (seed, stream, index), so any value can be drawn
/// in any order and drawn again identically. The mixer is SplitMix64's finaliser applied to a combined key.
/// </summary>
internal static class CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong Golden2 = 0x3C6EF372FE94F82AUL;
    private const ulong Golden3 = 0xDAA66D2C7DDF743FUL;

    /// <summary>A well-mixed 64-bit value for (seed, stream, index).</summary>
    public static ulong Hash(ulong seed, ulong stream, ulong index)
    {
        var x = Mix(seed + Golden);
        x = Mix(x ^ (stream + Golden2));
        return Mix(x ^ (index + Golden3));
    }

    /// <summary>A uniform draw in the open interval (0, 1).</summary>
    public static double Uniform(ulong seed, ulong stream, ulong index) =>
        ((Hash(seed, stream, index) >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>A standard normal draw (Box–Muller on two independent uniforms).</summary>
    public static double Normal(ulong seed, ulong stream, ulong index)
    {
        var u1 = Uniform(seed, stream, index * 2);
        var u2 = Uniform(seed, stream, (index * 2) + 1);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a over UTF-16 code units); unlike string.GetHashCode it never changes between runs.</summary>
    public static ulong HashString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 0x100000001B3UL;
        }

        return Mix(hash);
    }

    /// <summary>Combines values into one key (order matters).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ unchecked(b + Golden + (a << 6) + (a >> 2)));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
