namespace Condor.Engine.Simulation;

/// <summary>Parameters of the simulated 0DTE option chain: volatility smile, rates, strike range and quote spreads.</summary>
internal sealed record ChainOptions
{
    /// <summary>At-the-money implied volatility as a multiple of VIX / 100.</summary>
    public double AtmVolatilityRatio { get; init; } = 1.0;

    /// <summary>Skew slope per standardised moneyness unit z = ln(K/F)/(σ√T); puts (z &lt; 0) are richer.</summary>
    public double SkewSlope { get; init; } = 0.06;

    /// <summary>Smile curvature per z².</summary>
    public double SkewCurvature { get; init; } = 0.01;

    public double Rate { get; init; } = 0.04;

    public double DividendYield { get; init; } = 0.013;

    /// <summary>Strikes listed from the session's opening spot ± this fraction (0.05 = ±5%).</summary>
    public double StrikeRange { get; init; } = 0.05;

    /// <summary>Half the bid/ask spread as a fraction of the model price (before widening).</summary>
    public double HalfSpreadFraction { get; init; } = 0.01;

    /// <summary>The smallest half spread, in ticks at the model price.</summary>
    public double MinHalfSpreadTicks { get; init; } = 0.5;

    /// <summary>Spread multiplier at 09:30, decaying linearly to 1 over <see cref="OpenWindow"/>.</summary>
    public double OpenWidening { get; init; } = 2.5;

    public TimeSpan OpenWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Extra spread per standardised moneyness unit beyond |z| = 1 (far strikes quote wider).</summary>
    public double FarWidening { get; init; } = 0.2;

    /// <summary>Largest displayed size (contracts); sizes are drawn deterministically in 1..this.</summary>
    public int MaxSize { get; init; } = 250;

    public void Validate()
    {
        Require(AtmVolatilityRatio > 0, nameof(AtmVolatilityRatio));
        Require(SkewSlope >= 0 && SkewCurvature >= 0, nameof(SkewSlope));
        Require(double.IsFinite(Rate) && double.IsFinite(DividendYield), nameof(Rate));
        Require(StrikeRange > 0 && StrikeRange < 0.5, nameof(StrikeRange));
        Require(HalfSpreadFraction >= 0 && MinHalfSpreadTicks > 0, nameof(HalfSpreadFraction));
        Require(OpenWidening >= 1 && OpenWindow >= TimeSpan.Zero, nameof(OpenWidening));
        Require(FarWidening >= 0 && MaxSize >= 1, nameof(FarWidening));
    }

    private static void Require(bool ok, string name)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, $"Simulation:Chain:{name} is out of range.");
        }
    }
}
