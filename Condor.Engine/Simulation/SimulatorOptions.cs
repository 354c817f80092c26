namespace Condor.Engine.Simulation;

/// <summary>Everything that defines one simulated market: same options (seed included) → same day.</summary>
internal sealed record SimulatorOptions
{
    public MarketPathOptions Path { get; init; } = new();

    public ChainOptions Chain { get; init; } = new();

    public FillModelOptions Fills { get; init; } = new();

    public AccountOptions Account { get; init; } = new();

    public SimulationScenario Scenario { get; init; } = SimulationScenario.None;

    /// <summary>The virtual instant the simulator starts at; its ET date is the scenario's "today".</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 11, 23, 14, 25, 0, TimeSpan.Zero);

    /// <summary>Virtual seconds per wall second (0 = advanced only by hand).</summary>
    public double Speed { get; init; } = 1;
}
