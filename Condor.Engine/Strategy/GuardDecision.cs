namespace Condor.Engine.Strategy;

/// <summary>Whether a new entry may be attempted, and why not.</summary>
internal sealed record GuardDecision(bool Allowed, string Reason);
