namespace Condor.Bench;

/// <summary>
/// Median and nearest-rank percentiles of a sample of durations (pure; unit-tested in Condor.Tests/Bench).
/// The p-th percentile is the smallest sample with at least p of the samples at or below it (nearest rank:
/// the ⌈p·n⌉-th smallest), so with fewer than 100 samples p99 is the largest one. The median of an even count is
/// the mean of the two middle samples.
/// </summary>
internal static class LatencyStatistics
{
    public static double Median(IReadOnlyCollection<double> samples)
    {
        var sorted = Sorted(samples);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <param name="samples">At least one sample.</param>
    /// <param name="fraction">In (0, 1]: 0.99 for p99.</param>
    public static double Percentile(IReadOnlyCollection<double> samples, double fraction)
    {
        if (fraction is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "a percentile is in (0, 1]");
        }

        var sorted = Sorted(samples);
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static double[] Sorted(IReadOnlyCollection<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("no samples", nameof(samples));
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
