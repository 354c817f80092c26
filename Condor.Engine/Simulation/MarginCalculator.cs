using Condor.Engine.Market;
namespace Condor.Engine.Simulation;

/// <summary>
/// Margin for option positions, per underlying and expiry: the worst loss at expiry (checked at every strike and at
/// zero). Reg-T (IB's spread rule) takes it whole — a short iron condor needs widest wing × multiplier per contract;
/// portfolio margin (<see cref="AccountOptions.PortfolioMargin"/>) nets the premium received (a debit paid does not
/// add), never below zero — (widest wing − credit) × multiplier. Short calls not covered by long calls have
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

        var netting = options.PortfolioMargin ? Math.Max(0, premiumReceived) : 0;
        return Math.Max(0, -worst - netting) + naked;
    }

    /// <summary>Value at expiry per share of all lines if the underlying settles at <paramref name="level"/>.</summary>
    private static decimal Payoff(IReadOnlyList<PositionLine> lines, decimal level) => lines.Sum(l =>
        l.Quantity * (l.Contract.Right == OptionRight.Call
            ? Math.Max(0, level - l.Contract.Strike)
            : Math.Max(0, l.Contract.Strike - level)));
}
