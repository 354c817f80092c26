namespace Condor.Engine.Simulation;

/// <summary>What happens to a combo order at one evaluation.</summary>
internal enum FillOutcome
{
    /// <summary>Stays working; ask again later.</summary>
    Working,

    Filled,

    /// <summary>Refused (e.g. a price off the tick grid, IB error 110).</summary>
    Rejected,
}
