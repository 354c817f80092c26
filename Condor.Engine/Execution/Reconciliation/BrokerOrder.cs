namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// An order as the gateway reports it (open orders of all clients, or today's completed orders), reduced to what
/// reconciliation matches and reports. Completed orders carry no client id and no order id (0): they match by
/// orderRef and permId.
/// </summary>
/// <param name="ClientId">The API client that placed it (0 for TWS itself or unknown).</param>
/// <param name="OrderId">That client's order id; 0 when not reported.</param>
/// <param name="PermId">IB's permanent id; 0 when not reported.</param>
/// <param name="OrderRef">The orderRef it was placed with; empty when none.</param>
/// <param name="Status">IB's status text (Submitted, PreSubmitted, Filled, Cancelled...).</param>
/// <param name="Action">BUY or SELL.</param>
/// <param name="OrderType">LMT, STP, MKT...</param>
/// <param name="Quantity">Total quantity.</param>
/// <param name="Filled">Filled quantity when reported (completed orders); 0 otherwise.</param>
/// <param name="OcaGroup">Its OCA group; empty when none.</param>
/// <param name="LegConIds">The contracts it trades: the combo's legs for a BAG, else its own conId.</param>
/// <param name="Completed">True for a completed (ended) order.</param>
/// <param name="Description">A short human description for alerts (symbol, type, price).</param>
internal sealed record BrokerOrder(
    int ClientId,
    int OrderId,
    long PermId,
    string OrderRef,
    string Status,
    string Action,
    string OrderType,
    decimal Quantity,
    decimal Filled,
    string OcaGroup,
    IReadOnlyList<int> LegConIds,
    bool Completed,
    string Description)
{
    /// <summary>
    /// Working at the gateway, or about to be (a statused order that can still fill). PendingCancel counts: IB says
    /// the order may still fill. Inactive does not (rejected or outside its hours: it protects nothing).
    /// </summary>
    public bool IsWorking => !Completed && Status is "ApiPending" or "PendingSubmit" or "PreSubmitted" or "Submitted" or "PendingCancel";
}
