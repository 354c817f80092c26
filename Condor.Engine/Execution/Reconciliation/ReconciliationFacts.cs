using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// Everything reconciliation decides from, read at one moment from the journal and the gateway
/// (<see cref="ReconciliationFactGatherer"/>); the pure <see cref="ReconciliationClassifier"/> and
/// <see cref="ReconciliationPlanner"/> take it and nothing else.
/// </summary>
/// <param name="Session">The trading session being reconciled.</param>
/// <param name="ClientId">Condor's API client id (orders of ours carry it).</param>
/// <param name="Trade">The session's journaled trade in any status; null when there is none.</param>
/// <param name="JournalOrders">The trade's journaled orders (empty without a trade).</param>
/// <param name="OpenOrders">Open orders of every client (reqAllOpenOrders).</param>
/// <param name="CompletedOrders">Today's completed orders (reqCompletedOrders).</param>
/// <param name="Executions">Today's executions (reqExecutions), leg and combo level.</param>
/// <param name="Positions">The account's positions.</param>
/// <param name="UnreadableExecutions">Executions whose side, quantity or price could not be read (they make the facts ambiguous).</param>
internal sealed record ReconciliationFacts(
    DateOnly Session,
    int ClientId,
    TradeRecord? Trade,
    IReadOnlyList<OrderRecord> JournalOrders,
    IReadOnlyList<BrokerOrder> OpenOrders,
    IReadOnlyList<BrokerOrder> CompletedOrders,
    IReadOnlyList<ExecutionReport> Executions,
    IReadOnlyList<BrokerPosition> Positions,
    int UnreadableExecutions = 0);
