namespace Condor.Engine.Simulation;

/// <summary>Whether an option's bid/ask is usable, or which fault the scenario injected.</summary>
internal enum QuoteCondition
{
    Normal,

    /// <summary>No bid/ask at all (IB sends nothing or −1).</summary>
    Missing,

    /// <summary>Bid/ask sent as NaN.</summary>
    NotANumber,
}
