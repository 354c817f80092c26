using Condor.Engine.Market;
using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

public sealed class NormalAndBlackScholesTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.8413447460685429)]
    [InlineData(1.96, 0.9750021048517795)]
    [InlineData(-1.0364333894937898, 0.15)]
    [InlineData(-3.5, 2.326290790355250e-4)]
    [InlineData(4.5, 0.9999966023268753)]
    [InlineData(-6.0, 9.865876450376946e-10)]
    [InlineData(-8.0, 6.220960574271784e-16)]
    public void Cdf_KnownValues_AccurateTo1e12Relative(double x, double expected)
    {
        var actual = NormalDistribution.Cdf(x);
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Max(expected, 1e-300) + 1e-15, $"Φ({x}) = {actual:R}, expected {expected:R}");
    }

    [Fact]
    public void Cdf_NegatedArgument_SumsToOne()
    {
        for (var x = -7.0; x <= 7.0; x += 0.37)
        {
            Assert.Equal(1.0, NormalDistribution.Cdf(x) + NormalDistribution.Cdf(-x), 14);
        }
    }

    [Fact]
    public void Value_HullTextbookExample_MatchesPublishedPrices()
    {
        // Hull: S=42, K=40, r=10%, σ=20%, T=0.5 → call 4.76, put 0.81.
        var call = BlackScholes.Value(OptionRight.Call, 42, 40, 0.5, 0.2, 0.1, 0);
        var put = BlackScholes.Value(OptionRight.Put, 42, 40, 0.5, 0.2, 0.1, 0);
        Assert.Equal(4.7594, call.Price, 3);
        Assert.Equal(0.8086, put.Price, 3);
        Assert.Equal(call.Delta - 1, put.Delta, 12);
    }

    [Fact]
    public void Value_Greeks_MatchFiniteDifferences()
    {
        const double s = 6000, k = 5950, t = 0.002, v = 0.16, r = 0.04, q = 0.013;
        var at = BlackScholes.Value(OptionRight.Put, s, k, t, v, r, q);
        const double h = 0.01;
        var up = BlackScholes.Value(OptionRight.Put, s + h, k, t, v, r, q);
        var down = BlackScholes.Value(OptionRight.Put, s - h, k, t, v, r, q);
        Assert.Equal((up.Price - down.Price) / (2 * h), at.Delta, 6);
        Assert.Equal((up.Delta - down.Delta) / (2 * h), at.Gamma, 6);
        var volUp = BlackScholes.Value(OptionRight.Put, s, k, t, v + 0.0001, r, q);
        Assert.Equal((volUp.Price - at.Price) / 0.01, at.Vega, 3);
        var dt = 1e-7;
        var later = BlackScholes.Value(OptionRight.Put, s, k, t - dt, v, r, q);
        Assert.Equal((later.Price - at.Price) / dt / 252, at.Theta, 2);
    }

    [Fact]
    public void ImpliedVolatility_OfModelPrice_RecoversVolatility()
    {
        var price = BlackScholes.Value(OptionRight.Call, 6000, 6040, 0.003, 0.137, 0.04, 0.013).Price;
        Assert.Equal(0.137, BlackScholes.ImpliedVolatility(OptionRight.Call, price, 6000, 6040, 0.003, 0.04, 0.013)!.Value, 7);
    }

    [Fact]
    public void ImpliedVolatility_BelowIntrinsic_Null()
    {
        Assert.Null(BlackScholes.ImpliedVolatility(OptionRight.Put, 1.0, 6000, 6100, 0.003, 0.04, 0.013));
    }
}
