using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// The entry chase: <see cref="Window"/> is the time from the entry time to the entry deadline; elapsed time
/// handed to <see cref="ChaseLadder"/> is measured from the entry time too.
/// </summary>
internal sealed record ChaseSettings(
    decimal MinCredit, decimal ChaseStep, TimeSpan RepriceInterval, TimeSpan Window, TickRule ComboTick)
{
    public static ChaseSettings From(StrategyOptions options, IndexOptionContract contract)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contract);
        return new ChaseSettings(
            options.MinCredit,
            options.ChaseStep,
            TimeSpan.FromSeconds(options.RepriceIntervalSeconds),
            options.EntryDeadline - options.EntryTime,
            contract.ComboTick);
    }
}
