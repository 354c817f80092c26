namespace Condor.Engine.Strategy;

/// <summary>What the delta rule made of one short-strike candidate.</summary>
internal enum DeltaVerdict
{
    Chosen,

    /// <summary>No model delta, or a NaN/infinite one.</summary>
    MissingDelta,

    /// <summary>|delta| above 1: not a delta.</summary>
    InvalidDelta,

    MissingBidOrAsk,

    /// <summary>A bid or ask of zero or less.</summary>
    ZeroBidOrAsk,

    /// <summary>Bid above ask.</summary>
    CrossedQuote,

    /// <summary>Delta points above the ceiling (16.9 by default).</summary>
    AboveCeiling,

    /// <summary>Eligible, but its distance to the target is larger than the chosen one's.</summary>
    FartherFromTarget,

    /// <summary>Eligible and as close to the target as the chosen one, but with the lower delta.</summary>
    LostTieToHigherDelta,
}
