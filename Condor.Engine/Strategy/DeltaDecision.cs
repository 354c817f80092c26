namespace Condor.Engine.Strategy;

/// <summary>The rule that decided a delta selection.</summary>
internal enum DeltaDecision
{
    /// <summary>No candidate passed the data checks and the ceiling.</summary>
    NoCandidate,

    /// <summary>Exactly one candidate was eligible.</summary>
    OnlyEligibleCandidate,

    /// <summary>The smallest distance to the target won outright.</summary>
    ClosestToTarget,

    /// <summary>Two or more were equally close; the higher delta won.</summary>
    TieToHigherDelta,
}
