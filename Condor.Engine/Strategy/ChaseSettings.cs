using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// The entry chase: <see cref="Window"/> is the time from the entry time to the entry deadline; elapsed time
/// handed to <see cref="ChaseLadder"/> is measured from the entry time too. With <see cref="SpreadFraction"/> set,
/// each step is that fraction of the current mid − natural distance instead of <see cref="ChaseStep"/>.
/// </summary>
internal sealed record ChaseSettings(
    decimal MinCredit,
    decimal ChaseStep,
    TimeSpan RepriceInterval,
    TimeSpan Window,
    TickRule ComboTick,
    decimal? SpreadFraction = null)
{
    /// <summary>The step size for a quote: ChaseStep, or the fraction of mid − natural (never negative).</summary>
    public decimal StepFor(ComboQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return SpreadFraction is { } fraction ? fraction * Math.Max(0m, quote.MidCredit - quote.NaturalCredit) : ChaseStep;
    }

    public static ChaseSettings From(StrategyOptions options, IndexOptionContract contract)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contract);
        return new ChaseSettings(
            options.MinCredit,
            options.ChaseStep,
            TimeSpan.FromSeconds(options.RepriceIntervalSeconds),
            options.EntryDeadline - options.EntryTime,
            contract.ComboTick,
            options.ChaseSpreadFraction);
    }
}
