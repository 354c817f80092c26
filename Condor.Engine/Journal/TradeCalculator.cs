namespace Condor.Engine.Journal;

/// <summary>
/// Derives a trade's figures from its leg executions (pure). Cash flows: a sold contract brings
/// price × quantity × multiplier, a bought one costs it. Opening fills are those on a leg's opening side
/// (shorts sold, longs bought), closing fills the others. Legs still open when an expiry settlement is given
/// settle at intrinsic value (long legs receive it, short legs pay it).
/// Gross P/L = all cash flows; net = gross − commissions of every leg execution (combo-level executions are
/// informational and not part of the facts). Per-contract credit and exit debit are rounded to 4 decimals
/// for display only; P/L is exact. Exit reason: the role of the last closing fill's order (no order of ours:
/// external); no closing fill at all: expiry.
/// </summary>
internal static class TradeCalculator
{
    public static TradeFigures Compute(
        int multiplier, IReadOnlyList<LegFacts> legs, IReadOnlyList<FillFact> fills, ExpirySettlement? settlement)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(fills);
        var legFigures = new List<LegFigures>(legs.Count);
        decimal openingCash = 0, closingCash = 0, settlementCash = 0;
        var balanced = true;
        var anySettled = false;
        foreach (var leg in legs)
        {
            var mine = fills.Where(f => f.LegId == leg.LegId).ToList();
            var opening = mine.Where(f => f.Side == leg.Position.OpeningSide()).ToList();
            var closing = mine.Where(f => f.Side != leg.Position.OpeningSide()).ToList();
            var opened = opening.Sum(f => f.Quantity);
            var closed = closing.Sum(f => f.Quantity);
            openingCash += opening.Sum(f => Cash(f, multiplier));
            closingCash += closing.Sum(f => Cash(f, multiplier));
            var remaining = opened - closed;
            if (remaining > 0 && settlement is not null)
            {
                var intrinsic = Intrinsic(leg, settlement.Price);
                settlementCash += (leg.Position.IsShort() ? -1 : 1) * intrinsic * remaining * multiplier;
                anySettled = true;
            }
            else if (remaining != 0)
            {
                balanced = false;
            }

            legFigures.Add(new LegFigures(leg.LegId, opened, closed, Average(opening), Average(closing),
                mine.Sum(f => f.Commission ?? 0m)));
        }

        var openedContracts = legFigures.Count == 0 ? 0 : legFigures.Max(l => l.OpenedQuantity);
        var fullyClosed = openedContracts > 0 && balanced;
        var commissions = fills.Sum(f => f.Commission ?? 0m);
        var pending = fills.Count(f => f.Commission is null);
        var entryUtc = fills.Where(f => IsOpening(f, legs)).Select(f => (DateTimeOffset?)f.ExecutedUtc).Min();
        var credit = openedContracts > 0 ? Math.Round(openingCash / (multiplier * openedContracts), 4) : (decimal?)null;
        if (!fullyClosed)
        {
            return new TradeFigures(openedContracts, false, entryUtc, null, credit, null, null, commissions, null,
                pending, null, legFigures);
        }

        var closingFills = fills.Where(f => !IsOpening(f, legs)).OrderBy(f => f.ExecutedUtc).ToList();
        var exitUtc = closingFills.Select(f => (DateTimeOffset?)f.ExecutedUtc).LastOrDefault();
        if (anySettled && (exitUtc is null || settlement!.AtUtc > exitUtc))
        {
            exitUtc = settlement!.AtUtc;
        }

        var gross = openingCash + closingCash + settlementCash;
        var exitPrice = Math.Round(-(closingCash + settlementCash) / (multiplier * openedContracts), 4);
        var reason = closingFills.Count == 0 ? ExitReason.Expiry : ReasonOf(closingFills[^1].Role);
        return new TradeFigures(openedContracts, true, entryUtc, exitUtc, credit, exitPrice, gross, commissions,
            gross - commissions, pending, reason, legFigures);
    }

    public static ExitReason ReasonOf(OrderRole? role) => role switch
    {
        OrderRole.Target => ExitReason.ProfitTarget,
        OrderRole.Stop => ExitReason.Stop,
        OrderRole.Time => ExitReason.Time,
        OrderRole.Kill => ExitReason.Kill,
        _ => ExitReason.External,
    };

    private static bool IsOpening(FillFact fill, IReadOnlyList<LegFacts> legs) =>
        legs.First(l => l.LegId == fill.LegId).Position.OpeningSide() == fill.Side;

    private static decimal Cash(FillFact fill, int multiplier) =>
        (fill.Side == ExecutionSide.Sold ? 1 : -1) * fill.Price * fill.Quantity * multiplier;

    private static decimal? Average(List<FillFact> fills)
    {
        var quantity = fills.Sum(f => f.Quantity);
        return quantity == 0 ? null : Math.Round(fills.Sum(f => f.Price * f.Quantity) / quantity, 4);
    }

    private static decimal Intrinsic(LegFacts leg, decimal settlementPrice) =>
        leg.Position.Right() == "P"
            ? Math.Max(0m, leg.Strike - settlementPrice)
            : Math.Max(0m, settlementPrice - leg.Strike);
}
