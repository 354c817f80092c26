using Condor.Bench;

namespace Condor.Tests.Bench;

public sealed class LatencyStatisticsTests
{
    [Fact]
    public void Median_OddCount_IsTheMiddleSample()
    {
        Assert.Equal(3.0, LatencyStatistics.Median([9.0, 1.0, 3.0, 7.0, 2.0]));
    }

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheTwoMiddleSamples()
    {
        Assert.Equal(2.5, LatencyStatistics.Median([4.0, 1.0, 3.0, 2.0]));
    }

    [Fact]
    public void P99_FewerThanAHundredSamples_IsTheLargest()
    {
        var samples = Enumerable.Range(1, 40).Select(i => (double)i).Reverse().ToList();

        Assert.Equal(40.0, LatencyStatistics.Percentile(samples, 0.99));
    }

    [Fact]
    public void P99_TwoHundredSamples_IsTheNearestRank198()
    {
        var samples = Enumerable.Range(1, 200).Select(i => (double)i).ToList();

        Assert.Equal(198.0, LatencyStatistics.Percentile(samples, 0.99));
        Assert.Equal(100.0, LatencyStatistics.Percentile(samples, 0.50));
    }

    [Fact]
    public void Percentile_NoSamplesOrFractionOutOfRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => LatencyStatistics.Median([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyStatistics.Percentile([1.0], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyStatistics.Percentile([1.0], 1.5));
    }
}
