namespace Condor.Engine.Strategy;

/// <summary>Prices the condor from its legs' quotes. Fails closed: every leg must be priceable.</summary>
internal static class ComboPricer
{
    public static ComboPricing Price(IronCondor condor)
    {
        ArgumentNullException.ThrowIfNull(condor);
        var unpriceable = condor.Legs.Where(l => !l.IsPriceable).ToList();
        if (unpriceable.Count > 0)
        {
            var legs = string.Join(", ", unpriceable.Select(l => $"{l.Right} {l.Strike} (bid {Show(l.Bid)}, ask {Show(l.Ask)})"));
            return new ComboPricing(null, $"No usable quote for {legs}.");
        }

        var natural = condor.ShortPut.Bid!.Value + condor.ShortCall.Bid!.Value
            - condor.LongPut.Ask!.Value - condor.LongCall.Ask!.Value;
        var mid = condor.ShortPut.Mid!.Value + condor.ShortCall.Mid!.Value
            - condor.LongPut.Mid!.Value - condor.LongCall.Mid!.Value;
        return new ComboPricing(new ComboQuote(natural, mid), null);
    }

    private static string Show(decimal? price) => price?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing";
}
