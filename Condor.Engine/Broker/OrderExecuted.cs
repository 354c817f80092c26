namespace Condor.Engine.Broker;

/// <summary>
/// One execDetails report: a fill of one leg, or the combo-level (BAG) fill IB reports beside the legs' fills.
/// </summary>
/// <param name="ExecId">IB's execution id (a correction keeps the prefix and changes the suffix).</param>
/// <param name="ClientId">The API client whose order this was.</param>
/// <param name="OrderId">That client's order id.</param>
/// <param name="PermId">IB's permanent order id; null when unset.</param>
/// <param name="OrderRef">The orderRef the order was placed with; empty for orders not placed by Condor.</param>
/// <param name="Account">The account that traded.</param>
/// <param name="ConId">The contract that traded: the leg's conId (or the BAG's for the combo-level fill).</param>
/// <param name="IsCombo">True for the combo-level (BAG) report.</param>
/// <param name="Side">Bought or sold.</param>
/// <param name="Quantity">Quantity of this fill.</param>
/// <param name="Price">Price of this fill (a combo may fill at a negative price).</param>
/// <param name="CumulativeQuantity">The order's filled quantity including this fill; null when unset.</param>
/// <param name="AvgPrice">The order's average price including this fill; null when unset.</param>
/// <param name="ExecutedAt">The gateway's execution time; null when its text could not be read.</param>
/// <param name="ReceivedAt">Local receive time of the frame.</param>
internal sealed record OrderExecuted(
    string ExecId,
    int ClientId,
    int OrderId,
    long? PermId,
    string OrderRef,
    string Account,
    int ConId,
    bool IsCombo,
    FillSide Side,
    decimal Quantity,
    decimal Price,
    decimal? CumulativeQuantity,
    decimal? AvgPrice,
    DateTimeOffset? ExecutedAt,
    DateTimeOffset ReceivedAt) : BrokerEvent(ReceivedAt);
