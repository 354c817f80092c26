namespace Condor.Engine.Strategy;

/// <summary>The condor's quote, or why it has none (a leg without a usable bid/ask).</summary>
internal sealed record ComboPricing(ComboQuote? Quote, string? Problem)
{
    public bool IsPriceable => Quote is not null;
}
