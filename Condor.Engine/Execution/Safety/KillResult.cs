using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Safety;

/// <summary>
/// What a press of the kill switch did: the orderRefs it cancelled (each confirmed or not), the closing order and
/// the contracts it closed, whether the broker shows the condor flat, the closed trade, and the alerts (the first
/// one is the urgent "kill" event the engine publishes).
/// </summary>
internal sealed record KillResult(
    KillOutcome Outcome,
    string Message,
    IReadOnlyList<string> Cancelled,
    IReadOnlyList<string> NotConfirmed,
    IReadOnlyList<string> CloseOrderRefs,
    int ClosedQuantity,
    bool Flat,
    TradeRecord? Trade,
    IReadOnlyList<OrderAlert> Alerts);
