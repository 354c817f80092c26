namespace Condor.Engine.Execution.Orders;

/// <summary>What the repair decided and did: the decisions, the exits it re-placed, and the alerts to publish.</summary>
internal sealed record ExitRepairResult(
    IReadOnlyList<ExitRepairDecision> Decisions,
    IReadOnlyList<ExitOrder> Replaced,
    IReadOnlyList<OrderAlert> Alerts);
