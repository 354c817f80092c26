using Condor.Engine.Simulation;
using Condor.Engine.Tws;

namespace Condor.Engine.Execution.Experiment;

/// <summary>What the experiment's gateway needs: whose orders it pretends to be, the account, the seed and the costs.</summary>
/// <param name="ClientId">The API client id its events carry (Condor:Broker:ClientId, the id the real gateway knows).</param>
/// <param name="ConfiguredAccount">Condor:Broker:Account; empty = the gateway's only managed account.</param>
/// <param name="Seed">The fill model's seed (Condor:Experiment:Seed).</param>
/// <param name="CommissionPerContract">Commission per contract per leg (Condor:Experiment:CommissionPerContract).</param>
/// <param name="Fills">The fill model's parameters (<see cref="Defaults"/> unless configured).</param>
internal sealed record ExperimentSettings(int ClientId, string ConfiguredAccount, ulong Seed, decimal CommissionPerContract, FillModelOptions Fills)
{
    /// <summary>The fill model's parameters with Condor:Experiment's defaults (the simulator's; the quote-width factor as the simulator's).</summary>
    public static FillModelOptions Defaults
    {
        get
        {
            var options = new ExperimentOptions();
            return new FillModelOptions
            {
                // ReferenceSpreadTicks and EvaluationSlot: the simulator's defaults.
                ProbabilityBetweenMidAndNatural = options.FillProbabilityBetweenMidAndNatural,
                MidProbabilityFraction = options.FillProbabilityAtMidFraction,
            };
        }
    }

    public static ExperimentSettings From(ExperimentOptions experiment, BrokerOptions broker)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentOutOfRangeException.ThrowIfNegative(experiment.Seed);
        return new ExperimentSettings(
            broker.ClientId,
            broker.Account ?? string.Empty,
            (ulong)experiment.Seed,
            experiment.CommissionPerContract,
            new FillModelOptions
            {
                ProbabilityBetweenMidAndNatural = experiment.FillProbabilityBetweenMidAndNatural,
                MidProbabilityFraction = experiment.FillProbabilityAtMidFraction,
            });
    }
}
