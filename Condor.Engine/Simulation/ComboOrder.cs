namespace Condor.Engine.Simulation;

/// <summary>
/// A combo order as the fill model sees it. <see cref="Identity"/> is stable per order (e.g. its orderRef or orderId);
/// prices are in the combo's own sign convention (a credit to open a condor is a negative BUY limit).
/// <see cref="GoodAfter"/> keeps the order inactive until that instant (IB's goodAfterTime).
/// </summary>
internal sealed record ComboOrder(
    string Identity,
    TradeSide Side,
    ComboOrderType Type,
    int Quantity,
    decimal? LimitPrice = null,
    decimal? StopPrice = null,
    DateTimeOffset? GoodAfter = null);
