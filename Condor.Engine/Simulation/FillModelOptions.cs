namespace Condor.Engine.Simulation;

/// <summary>Parameters of the fill model.</summary>
internal sealed record FillModelOptions
{
    /// <summary>Chance, per evaluation, that a limit between the mid and the natural price fills.</summary>
    public double ProbabilityBetweenMidAndNatural { get; init; } = 0.25;

    /// <summary>
    /// How much chance the mid itself gets relative to a limit just short of the natural: the probability scales
    /// linearly from this fraction (at the mid) up to the full probability (at the natural). 1 = flat.
    /// </summary>
    public double MidProbabilityFraction { get; init; } = 1;

    /// <summary>Evaluations within one such slot of virtual time give the same answer.</summary>
    public TimeSpan EvaluationSlot { get; init; } = TimeSpan.FromSeconds(1);

    public void Validate()
    {
        if (ProbabilityBetweenMidAndNatural is < 0 or > 1 || MidProbabilityFraction is < 0 or > 1 || EvaluationSlot <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ProbabilityBetweenMidAndNatural), "Simulation:Fills options are out of range.");
        }
    }
}
