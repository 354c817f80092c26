using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>The facts sorted: the table cell they fall in, and what is ours, what is not, and what the journal lacks.</summary>
/// <param name="Journal">The row.</param>
/// <param name="Broker">The column.</param>
/// <param name="OurOrders">Open and completed orders of ours at the gateway.</param>
/// <param name="OurExecutions">Today's executions of our orders (leg and combo level).</param>
/// <param name="ExternalExecutions">Leg executions on our contracts from no order of ours.</param>
/// <param name="ForeignOrders">Open orders that are not Condor's.</param>
/// <param name="ForeignPositions">Non-zero positions on contracts that are not ours.</param>
/// <param name="UnknownCondorRefs">orderRefs of the session's Condor orders at the gateway that the journal does not hold.</param>
/// <param name="Legs">Our contracts: held and explained quantities.</param>
/// <param name="WorkingExits">The exit roles with an order of ours working at the gateway.</param>
/// <param name="EntryReachedBroker">Any trace of our entry at the gateway (open, completed or filled).</param>
internal sealed record ReconciliationClassification(
    JournalState Journal,
    BrokerState Broker,
    IReadOnlyList<OwnOrder> OurOrders,
    IReadOnlyList<ExecutionReport> OurExecutions,
    IReadOnlyList<ExecutionReport> ExternalExecutions,
    IReadOnlyList<BrokerOrder> ForeignOrders,
    IReadOnlyList<BrokerPosition> ForeignPositions,
    IReadOnlyList<string> UnknownCondorRefs,
    IReadOnlyList<LegHolding> Legs,
    IReadOnlySet<OrderRole> WorkingExits,
    bool EntryReachedBroker)
{
    /// <summary>The three exits a position needs.</summary>
    public static readonly IReadOnlyList<OrderRole> ExitRoles = [OrderRole.Target, OrderRole.Stop, OrderRole.Time];

    /// <summary>Anything held on our contracts.</summary>
    public bool Holding => Legs.Any(l => l.Held != 0);

    /// <summary>The exit roles not working at the gateway.</summary>
    public IReadOnlyList<OrderRole> MissingExits => [.. ExitRoles.Where(r => !WorkingExits.Contains(r))];
}
