namespace Condor.Engine.Simulation;

/// <summary>Splits a combo fill price into per-leg execution prices (what execDetails reports for each leg).</summary>
internal static class LegPrices
{
    /// <summary>
    /// Each leg starts at its mid (its model price if it has none), to the cent; the difference to the combo price is
    /// put on the one leg that stays highest after absorbing it, so the signed leg prices sum exactly to the combo price.
    /// </summary>
    public static IReadOnlyList<decimal> Allocate(IReadOnlyList<ComboLeg> legs, ComboQuote quote, decimal comboPrice)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(quote);
        if (legs.Count == 0 || legs.Count != quote.Legs.Count)
        {
            throw new ArgumentException("The quote must cover every leg.", nameof(quote));
        }

        var prices = new decimal[legs.Count];
        var combo = 0m;
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = quote.Legs[i];
            var start = leg.Mid ?? (decimal)(leg.Greeks?.ModelPrice ?? 0);
            prices[i] = Math.Round(start, 2, MidpointRounding.AwayFromZero);
            combo += Sign(legs[i]) * legs[i].Ratio * prices[i];
        }

        var residual = comboPrice - combo;
        var best = -1;
        var bestValue = decimal.MinValue;
        for (var i = 0; i < legs.Count; i++)
        {
            var adjusted = prices[i] + (residual / (Sign(legs[i]) * legs[i].Ratio));
            if (adjusted > bestValue)
            {
                (best, bestValue) = (i, adjusted);
            }
        }

        prices[best] = bestValue;
        return prices;
    }

    private static int Sign(ComboLeg leg) => leg.Side == TradeSide.Buy ? 1 : -1;
}
