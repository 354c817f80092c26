using System.Globalization;

namespace Condor.Engine.Strategy;

/// <summary>
/// The entry filters. Optional ones are off while their setting is empty: VIX ceiling (VIX above it trips),
/// VIX spike (VIX up more than the percentage vs the prior close trips), max bid/ask width per leg (a wider leg
/// trips), max margin (one contract's margin above MaxMarginPerTrade trips). The minimum credit (mid below
/// MinCredit trips) is always on. A value exactly at a limit passes. A missing input fails closed.
/// </summary>
internal static class EntryFilters
{
    public static FilterReport Evaluate(FilterInput input, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return new FilterReport([VixCeiling(input, options), VixSpike(input, options), LegSpread(input, options),
            MinimumCredit(input, options), MaxMargin(input, options)]);
    }

    /// <summary>
    /// The VIX filters alone (ceiling, spike vs prior close): the engine runs them in phase 4, before any strike is
    /// looked at. Same rules and texts as in <see cref="Evaluate"/>.
    /// </summary>
    public static IReadOnlyList<FilterCheck> Vix(decimal? vix, decimal? vixPriorClose, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var input = new FilterInput(vix, vixPriorClose, null!, null, null); // the VIX checks never read the condor
        return [VixCeiling(input, options), VixSpike(input, options)];
    }

    /// <summary>The max-margin filter alone: the engine runs it in phase 6, once the margin is known.</summary>
    public static FilterCheck Margin(decimal? marginPerContract, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return MaxMargin(new FilterInput(null, null, null!, null, marginPerContract), options); // never reads the condor
    }

    private static FilterCheck VixCeiling(FilterInput input, StrategyOptions options)
    {
        const string Name = "VIX ceiling";
        if (options.VixCeiling is not { } ceiling)
        {
            return new FilterCheck(Name, FilterOutcome.Off, "not configured");
        }

        if (input.Vix is not { } vix)
        {
            return new FilterCheck(Name, FilterOutcome.MissingInput, "no VIX value");
        }

        return vix > ceiling
            ? new FilterCheck(Name, FilterOutcome.Tripped, Text($"VIX {vix} is above {ceiling}"))
            : new FilterCheck(Name, FilterOutcome.Passed, Text($"VIX {vix} ≤ {ceiling}"));
    }

    private static FilterCheck VixSpike(FilterInput input, StrategyOptions options)
    {
        const string Name = "VIX spike";
        if (options.VixSpikePercent is not { } limit)
        {
            return new FilterCheck(Name, FilterOutcome.Off, "not configured");
        }

        if (input.Vix is not { } vix || input.VixPriorClose is not { } prior || prior <= 0)
        {
            return new FilterCheck(Name, FilterOutcome.MissingInput, "no VIX value or prior close");
        }

        var change = (vix - prior) / prior * 100m;
        return change > limit
            ? new FilterCheck(Name, FilterOutcome.Tripped, Text($"VIX {vix} is up {change:0.##}% vs prior close {prior}, above {limit}%"))
            : new FilterCheck(Name, FilterOutcome.Passed, Text($"VIX change {change:0.##}% ≤ {limit}%"));
    }

    private static FilterCheck LegSpread(FilterInput input, StrategyOptions options) => LegSpread(input.Condor, options);

    /// <summary>The max-leg-spread filter alone: the engine runs it when the legs are known (phase 5).</summary>
    public static FilterCheck LegSpread(IronCondor condor, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(condor);
        ArgumentNullException.ThrowIfNull(options);
        const string Name = "Max leg spread";
        if (options.MaxLegSpread is not { } max)
        {
            return new FilterCheck(Name, FilterOutcome.Off, "not configured");
        }

        var missing = condor.Legs.FirstOrDefault(l => l.Spread is null);
        if (missing is not null)
        {
            return new FilterCheck(Name, FilterOutcome.MissingInput, Text($"no usable bid/ask for {missing.Right} {missing.Strike}"));
        }

        var widest = condor.Legs.MaxBy(l => l.Spread)!;
        return widest.Spread > max
            ? new FilterCheck(Name, FilterOutcome.Tripped, Text($"{widest.Right} {widest.Strike} spread {widest.Spread} is above {max}"))
            : new FilterCheck(Name, FilterOutcome.Passed, Text($"widest spread {widest.Spread} ≤ {max}"));
    }

    private static FilterCheck MinimumCredit(FilterInput input, StrategyOptions options)
    {
        const string Name = "Minimum credit";
        if (input.Quote is not { } quote)
        {
            return new FilterCheck(Name, FilterOutcome.MissingInput, "no combo quote");
        }

        return quote.MidCredit < options.MinCredit
            ? new FilterCheck(Name, FilterOutcome.Tripped, Text($"mid {quote.MidCredit} is below {options.MinCredit}"))
            : new FilterCheck(Name, FilterOutcome.Passed, Text($"mid {quote.MidCredit} ≥ {options.MinCredit}"));
    }

    private static FilterCheck MaxMargin(FilterInput input, StrategyOptions options)
    {
        const string Name = "Max margin";
        if (options.MaxMarginPerTrade is not { } max)
        {
            return new FilterCheck(Name, FilterOutcome.Off, "not configured");
        }

        if (input.MarginPerContract is not { } margin)
        {
            return new FilterCheck(Name, FilterOutcome.MissingInput, "no margin answer");
        }

        return margin > max
            ? new FilterCheck(Name, FilterOutcome.Tripped, Text($"margin {margin} per contract is above {max}"))
            : new FilterCheck(Name, FilterOutcome.Passed, Text($"margin {margin} per contract ≤ {max}"));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
