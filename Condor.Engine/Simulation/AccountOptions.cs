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

    /// <summary>
    /// Reg-T (false, IB's default account): a defined-risk spread needs its maximum loss at expiry — for an iron condor
    /// the widest wing × multiplier per contract — and the credit received goes to cash without reducing it. Portfolio
    /// margin (true): risk-based, modelled as that maximum loss net of the premium received (lower figures).
    /// </summary>
    public bool PortfolioMargin { get; init; }
}
