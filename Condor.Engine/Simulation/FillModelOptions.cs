namespace Condor.Engine.Simulation;

/// <summary>
/// Parameters of the fill model for a limit between the mid and the natural price. The chance per evaluation slot is
/// <c>ProbabilityBetweenMidAndNatural × (MidProbabilityFraction + (1 − MidProbabilityFraction) × x) × spread factor</c>,
/// where x is how far the limit sits from the mid toward the natural (0 at the mid, 1 at the natural) and the spread
/// factor is <c>min(1, ReferenceSpreadTicks / the quote's width in ticks)</c>. Defaults: at the mid 0.25 × 0.08 = 2% a
/// second (about 10% within the first 5 s: rarely at once), half-way to the natural 0.25 × 0.54 = 13.5% a second, and
/// a quote wider than 20 ticks (1.00 for an SPX combo) proportionally less.
/// </summary>
internal sealed record FillModelOptions
{
    /// <summary>Chance, per evaluation slot, that a limit just short of the natural price fills (before the spread factor).</summary>
    public double ProbabilityBetweenMidAndNatural { get; init; } = 0.25;

    /// <summary>
    /// How much chance the mid itself gets relative to a limit just short of the natural: the probability scales
    /// linearly from this fraction (at the mid) up to the full probability (at the natural). 1 = flat.
    /// </summary>
    public double MidProbabilityFraction { get; init; } = 0.08;

    /// <summary>
    /// A quote up to this many combo ticks wide gets the full probability; a wider one proportionally less (market
    /// makers on a wide market keep more of their edge). 0 = no spread factor.
    /// </summary>
    public double ReferenceSpreadTicks { get; init; } = 20;

    /// <summary>Evaluations within one such slot of virtual time give the same answer.</summary>
    public TimeSpan EvaluationSlot { get; init; } = TimeSpan.FromSeconds(1);

    public void Validate()
    {
        if (ProbabilityBetweenMidAndNatural is < 0 or > 1 || MidProbabilityFraction is < 0 or > 1 || ReferenceSpreadTicks < 0 || double.IsNaN(ReferenceSpreadTicks) || EvaluationSlot <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ProbabilityBetweenMidAndNatural), "Simulation:Fills options are out of range.");
        }
    }

    /// <summary>The chance per evaluation slot of a limit at <paramref name="towardNatural"/> (0 mid, 1 natural) in a quote <paramref name="widthTicks"/> ticks wide.</summary>
    public double Probability(double towardNatural, double widthTicks)
    {
        var position = Math.Clamp(towardNatural, 0, 1);
        var spread = ReferenceSpreadTicks <= 0 || widthTicks <= ReferenceSpreadTicks ? 1 : ReferenceSpreadTicks / widthTicks;
        return ProbabilityBetweenMidAndNatural * (MidProbabilityFraction + ((1 - MidProbabilityFraction) * position)) * spread;
    }
}
