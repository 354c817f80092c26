namespace Condor.Engine.Journal;

/// <summary>What the P/L calculation needs to know about a leg.</summary>
internal sealed record LegFacts(long LegId, LegPosition Position, decimal Strike);
