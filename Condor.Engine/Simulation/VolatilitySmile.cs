namespace Condor.Engine.Simulation;

/// <summary>Implied volatility by strike: ATM from VIX, a quadratic smile in standardised moneyness, puts richer.</summary>
internal static class VolatilitySmile
{
    private const double MaxZ = 6;

    /// <summary>Standardised moneyness z = ln(K/F)/(σ_atm √T), clamped to ±6.</summary>
    public static double Moneyness(double strike, double forward, double atmVolatility, double years) =>
        Math.Clamp(Math.Log(strike / forward) / (atmVolatility * Math.Sqrt(years)), -MaxZ, MaxZ);

    public static double AtmVolatility(double vix, ChainOptions options) => vix / 100 * options.AtmVolatilityRatio;

    public static double ImpliedVolatility(double z, double atmVolatility, ChainOptions options)
    {
        var factor = 1 - (options.SkewSlope * z) + (options.SkewCurvature * z * z);
        return atmVolatility * Math.Clamp(factor, 0.5, 3);
    }
}
