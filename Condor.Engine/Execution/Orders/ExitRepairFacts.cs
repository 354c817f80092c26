namespace Condor.Engine.Execution.Orders;

/// <summary>
/// What the exit repair decides on: the position, its exits' latest attempts, whether the broker still shows the
/// position, and whether any exit of the group has an execution (then IB cancels the siblings itself, and a
/// re-placed exit would open a reverse position), and when (after the session's close nothing is re-placed: the
/// options expire and IB cancels the day's orders).
/// </summary>
internal sealed record ExitRepairFacts(
    OpenPosition Position,
    IReadOnlyList<ExitFact> Exits,
    bool BrokerShowsPosition,
    bool AnyExitExecuted,
    DateTimeOffset At);
