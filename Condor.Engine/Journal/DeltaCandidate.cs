namespace Condor.Engine.Journal;

/// <summary>A strike the delta selection considered (right "P" or "C"), and whether it was taken.</summary>
internal sealed record DeltaCandidate(string Right, decimal Strike, double Delta, bool Chosen);
