using System.ComponentModel.DataAnnotations;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// <c>Condor:Mode = Experiment</c>, section <c>Condor:Experiment</c>: how the experiment's simulated fills are decided
/// on the gateway's real quotes (<see cref="ExperimentGateway"/>).
/// </summary>
public sealed class ExperimentOptions
{
    public const string Section = "Condor:Experiment";

    /// <summary>Seed of the fill model's draws: the same seed and the same quotes and orders give the same fills.</summary>
    [Range(0L, long.MaxValue)]
    public long Seed { get; set; } = 1;

    /// <summary>
    /// Commission per option contract per leg, in USD (default 0.65: IB's fixed rate for US options, the
    /// simulator's figure too). IB adds a surcharge on SPX weeklies (SPXW: 0.49 per contract below a premium of
    /// 1.00, 0.58 above; interactivebrokers.com "Commissions Options", fixed pricing); set e.g. 1.14 to include it.
    /// </summary>
    [Range(typeof(decimal), "0", "100")]
    public decimal CommissionPerContract { get; set; } = 0.65m;

    /// <summary>
    /// Chance per second that a limit just short of the natural price fills (the simulator's fill model,
    /// <c>FillModelOptions</c>; default 0.25, the simulator's).
    /// </summary>
    [Range(0.0, 1.0)]
    public double FillProbabilityBetweenMidAndNatural { get; set; } = 0.25;

    /// <summary>
    /// The share of that chance a limit exactly at the mid gets; it grows linearly to the full chance at the natural
    /// price (default 0.08, the simulator's: 2% a second at the mid, so a condor at mid rarely fills at once and the
    /// chase's steps toward the natural price matter). Lower is more conservative.
    /// </summary>
    [Range(0.0, 1.0)]
    public double FillProbabilityAtMidFraction { get; set; } = 0.08;
}
