using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// One option of today's chain as the rules see it: the latest bid/ask (null when missing; the TWS edge turns
/// IB's -1/NaN/unset into null) and IB's model delta (null when no model greeks arrived).
/// </summary>
internal sealed record OptionQuote(OptionRight Right, decimal Strike, decimal? Bid, decimal? Ask, double? Delta)
{
    /// <summary>Why this quote cannot be priced as a short leg (both sides must be positive, bid ≤ ask); null when it can.</summary>
    public DeltaVerdict? QuoteProblem => (Bid, Ask) switch
    {
        (null, _) or (_, null) => DeltaVerdict.MissingBidOrAsk,
        ( <= 0, _) or (_, <= 0) => DeltaVerdict.ZeroBidOrAsk,
        var (bid, ask) when bid > ask => DeltaVerdict.CrossedQuote,
        _ => null,
    };

    /// <summary>
    /// Whether the quote can be priced as a leg of the combo: an ask above zero, a bid of zero or more, not
    /// crossed. (A far wing may be bid at zero; a missing side never passes.)
    /// </summary>
    public bool IsPriceable => Bid is >= 0 && Ask is > 0 && Bid <= Ask;

    /// <summary>(bid + ask) / 2, or null when the quote is not priceable.</summary>
    public decimal? Mid => IsPriceable ? (Bid!.Value + Ask!.Value) / 2 : null;

    /// <summary>ask − bid, or null when the quote is not priceable.</summary>
    public decimal? Spread => IsPriceable ? Ask!.Value - Bid!.Value : null;
}
