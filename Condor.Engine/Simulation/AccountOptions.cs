namespace Condor.Engine.Simulation;

/// <summary>Parameters of the simulated account.</summary>
internal sealed record AccountOptions
{
    public decimal StartingCash { get; init; } = 100_000m;

    public int Multiplier { get; init; } = 100;

    /// <summary>Commission per contract per leg (dollars).</summary>
    public decimal CommissionPerContract { get; init; } = 0.65m;

    /// <summary>Requirement for each uncovered short call, as a fraction of the underlying's notional.</summary>
    public decimal NakedCallRate { get; init; } = 0.20m;
}
