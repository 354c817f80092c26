namespace Condor.Engine.Simulation;

/// <summary>
/// Parameters of the simulated SPX/VIX path. Volatility and drift are annual on the market timeline
/// (252 sessions of 6.5 h, see <see cref="MarketInstant"/>).
/// </summary>
internal sealed record MarketPathOptions
{
    public ulong Seed { get; init; } = 1;

    /// <summary>The instant at which SPX equals <see cref="AnchorSpx"/> exactly.</summary>
    public DateTimeOffset AnchorTime { get; init; } = new(2026, 1, 2, 14, 30, 0, TimeSpan.Zero);

    public double AnchorSpx { get; init; } = 6000;

    /// <summary>Annual volatility of SPX's diffusion (0.15 = 15%).</summary>
    public double Volatility { get; init; } = 0.15;

    /// <summary>Annual drift (trend) of SPX; −2.5 makes about a 1% fall per session.</summary>
    public double Drift { get; init; }

    /// <summary>Expected number of jumps per session (0 = none). Jumps last for the rest of their session.</summary>
    public double JumpsPerSession { get; init; }

    /// <summary>Mean log size of a jump (−0.004 ≈ −0.4%).</summary>
    public double JumpMean { get; init; } = -0.004;

    public double JumpStdDev { get; init; } = 0.003;

    /// <summary>
    /// Standard deviation of the overnight gap at each session's open, in log terms (0.005 ≈ 0.5%, a round figure for
    /// SPX's open against the prior close; 0 = none). Seeded per day and lasting: a day opens where the gap put it.
    /// </summary>
    public double GapStdDev { get; init; } = 0.005;

    /// <summary>Mean log size of the overnight gap (0 = none on average).</summary>
    public double GapMean { get; init; }

    /// <summary>The level VIX reverts to.</summary>
    public double VixLevel { get; init; } = 15;

    /// <summary>VIX log change per SPX log return over the look-back (5: SPX −1% → VIX +5%).</summary>
    public double VixSpxBeta { get; init; } = 5;

    /// <summary>Standard deviation of VIX's own log noise (independent of SPX).</summary>
    public double VixNoise { get; init; } = 0.03;

    /// <summary>The base look-back of VIX's response to SPX, in market seconds (one session by default).</summary>
    public int VixLookbackSeconds { get; init; } = EasternTime.SessionSeconds;

    public void Validate()
    {
        Require(AnchorSpx > 0 && double.IsFinite(AnchorSpx), nameof(AnchorSpx));
        Require(Volatility >= 0 && Volatility < 5, nameof(Volatility));
        Require(double.IsFinite(Drift), nameof(Drift));
        Require(JumpsPerSession >= 0 && JumpsPerSession <= JumpBuckets, nameof(JumpsPerSession));
        Require(double.IsFinite(JumpMean) && JumpStdDev >= 0, nameof(JumpStdDev));
        Require(GapStdDev >= 0 && GapStdDev < 0.2 && double.IsFinite(GapMean) && Math.Abs(GapMean) < 0.2, nameof(GapStdDev));
        Require(VixLevel > 0 && double.IsFinite(VixLevel), nameof(VixLevel));
        Require(double.IsFinite(VixSpxBeta) && VixNoise >= 0, nameof(VixNoise));
        Require(VixLookbackSeconds > 0, nameof(VixLookbackSeconds));
    }

    /// <summary>Jumps are drawn per 15-minute bucket: at most one per bucket.</summary>
    public const int JumpBuckets = 26;

    private static void Require(bool ok, string name)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, $"Simulation:Market:{name} is out of range.");
        }
    }
}
