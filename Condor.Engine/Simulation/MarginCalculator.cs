using Condor.Engine.Market;
namespace Condor.Engine.Simulation;

/// <summary>
/// Margin for option positions, per underlying and expiry: the worst loss at expiry (checked at every strike and at
/// zero) less the net premium received (a debit paid does not add), never below zero — for a short iron condor that is
/// (widest wing × multiplier − credit × multiplier) per contract. Short calls not covered by long calls have
/// unbounded risk and are charged <see cref="AccountOptions.NakedCallRate"/> of the underlying's notional instead.
/// </summary>
internal static class MarginCalculator
{
    public static decimal Requirement(IEnumerable<PositionLine> positions, Func<OptionKey, decimal> underlyingPrice, AccountOptions options)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(underlyingPrice);
        ArgumentNullException.ThrowIfNull(options);
        var total = 0m;
        foreach (var group in positions.Where(p => p.Quantity != 0).GroupBy(p => (p.Contract.Underlying, p.Contract.Expiry)))
        {
            total += GroupRequirement([.. group], underlyingPrice, options);
        }

        return total;
    }

    private static decimal GroupRequirement(IReadOnlyList<PositionLine> lines, Func<OptionKey, decimal> underlyingPrice, AccountOptions options)
    {
        var multiplier = options.Multiplier;
        var premiumReceived = -lines.Sum(l => l.Quantity * l.AveragePrice) * multiplier;
        var worst = 0m;
        foreach (var level in lines.Select(l => l.Contract.Strike).Append(0m).Distinct())
        {
            worst = Math.Min(worst, Payoff(lines, level) * multiplier);
        }

        var netCalls = lines.Where(l => l.Contract.Right == OptionRight.Call).Sum(l => l.Quantity);
        var naked = 0m;
        if (netCalls < 0)
        {
            var spot = underlyingPrice(lines[0].Contract);
            naked = -netCalls * options.NakedCallRate * spot * multiplier;
        }

        return Math.Max(0, -worst - Math.Max(0, premiumReceived)) + naked;
    }

    /// <summary>Value at expiry per share of all lines if the underlying settles at <paramref name="level"/>.</summary>
    private static decimal Payoff(IReadOnlyList<PositionLine> lines, decimal level) => lines.Sum(l =>
        l.Quantity * (l.Contract.Right == OptionRight.Call
            ? Math.Max(0, level - l.Contract.Strike)
            : Math.Max(0, l.Contract.Strike - level)));
}
