namespace Condor.Engine.Simulation;

/// <summary>
/// A combo order as the fill model sees it. <see cref="Identity"/> is stable per order (e.g. its orderRef or orderId);
/// prices are in the combo's own sign convention (a credit to open a condor is a negative BUY limit).
/// <see cref="GoodAfter"/> keeps the order inactive until that instant (IB's goodAfterTime). <see cref="Trigger"/> is a
/// stop's trigger method (IB's Order.triggerMethod; mid-point unless said); <see cref="IsCombo"/> tells a BAG from a
/// single option (IB's default trigger differs); <see cref="PreviousTriggerHit"/> carries the last observation for
/// the "double" methods.
/// </summary>
internal sealed record ComboOrder(
    string Identity,
    TradeSide Side,
    ComboOrderType Type,
    int Quantity,
    decimal? LimitPrice = null,
    decimal? StopPrice = null,
    DateTimeOffset? GoodAfter = null,
    Broker.TriggerMethod Trigger = Broker.TriggerMethod.MidPoint,
    bool IsCombo = true,
    bool PreviousTriggerHit = false);
