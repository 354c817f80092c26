namespace Condor.Engine.Execution.Orders;

/// <summary>
/// What the exit repair decides on: the position, its exits' latest attempts, whether the broker still shows the
/// position, and whether any exit of the group has an execution (then IB cancels the siblings itself, and a
/// re-placed exit would open a reverse position).
/// </summary>
internal sealed record ExitRepairFacts(
    OpenPosition Position,
    IReadOnlyList<ExitFact> Exits,
    bool BrokerShowsPosition,
    bool AnyExitExecuted);
