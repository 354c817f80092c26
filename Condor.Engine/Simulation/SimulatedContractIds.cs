using Condor.Engine.Market;

namespace Condor.Engine.Simulation;

/// <summary>
/// Stable contract ids for simulated options: a pure function of the contract, the same in every run, so chain
/// answers, contract details, positions and executions agree without a lookup table.
/// </summary>
internal static class SimulatedContractIds
{
    private const int First = 100_000_000;
    private const int Span = 1_900_000_000;

    public static int For(OptionKey contract)
    {
        var key = CounterRandom.Combine((ulong)contract.Underlying, (ulong)contract.Expiry.DayNumber);
        key = CounterRandom.Combine(key, (ulong)decimal.ToInt64(contract.Strike * 1000));
        key = CounterRandom.Combine(key, (ulong)contract.Right);
        return First + (int)(key % Span);
    }
}
