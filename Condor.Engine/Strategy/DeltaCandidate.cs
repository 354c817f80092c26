namespace Condor.Engine.Strategy;

/// <summary>
/// One strike the delta rule looked at: its raw delta, delta points (|delta| × 100, 2 decimals), distance to
/// the target (1 decimal) where they could be computed, and the verdict.
/// </summary>
internal sealed record DeltaCandidate(decimal Strike, double? Delta, decimal? Points, decimal? Distance, DeltaVerdict Verdict);
