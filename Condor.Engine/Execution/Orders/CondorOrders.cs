using System.Globalization;
using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Pure builders of Condor's orders as TWS wants them (DESIGN.md section 1, "Prices on the wire"): the combo is
/// defined with the long legs bought and the short legs sold; opening it is a BUY at a negative limit (a credit),
/// closing it a SELL at a negative price (a debit). Callers pass positive credits and debits; the sign is applied
/// here and nowhere else. No I/O, no clock.
/// </summary>
/// <remarks>
/// IB (TWS API "Spread orders" / combo orders): a BAG contract names symbol, secType BAG, currency and exchange,
/// and one ComboLeg per leg by conId, ratio and action; the legs' trading class (SPXW, XSP) is carried by their
/// conIds. OCA (TWS API "One-Cancels-All"): ocaType 1 cancels the other orders with block, 2 reduces the others
/// proportionally with block; Condor uses 1 for one contract and 2 for more, so that a partial fill of one exit
/// leaves the rest of the position protected. goodAfterTime "yyyyMMdd HH:mm:ss US/Eastern" (explicit zone; a
/// zone-less time would be read in the gateway's login zone).
/// </remarks>
internal static class CondorOrders
{
    /// <summary>The exchange the combo and its legs are routed to.</summary>
    public const string RoutingExchange = "SMART";

    /// <summary>Time-in-force of every Condor order: the session (0DTE).</summary>
    public const string DayTif = "DAY";

    /// <summary>The BAG of the condor: long put and long call bought, short put and short call sold, ratio 1 each.</summary>
    public static Contract Combo(CondorLegs legs)
    {
        ArgumentNullException.ThrowIfNull(legs);
        return new Contract
        {
            Symbol = legs.Contract.Symbol,
            SecType = "BAG",
            Exchange = RoutingExchange,
            Currency = legs.Contract.Currency,
            ComboLegs =
            [
                Leg(legs.LongPutConId, "BUY"),
                Leg(legs.ShortPutConId, "SELL"),
                Leg(legs.ShortCallConId, "SELL"),
                Leg(legs.LongCallConId, "BUY"),
            ],
        };
    }

    /// <summary>The entry: BUY the combo, limit at minus <paramref name="credit"/>, DAY, no OCA.</summary>
    public static Order Entry(int quantity, decimal credit, OrderRef orderRef, string account = "")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(credit);
        return Base("BUY", "LMT", quantity, orderRef, account) with { LmtPrice = -credit };
    }

    /// <summary>The entry order re-priced to a new credit (same orderRef, id and quantity; a modification).</summary>
    public static Order Reprice(Order entry, decimal credit)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(credit);
        return entry with { LmtPrice = -credit };
    }

    /// <summary>The profit target: SELL the combo, limit at minus <paramref name="debit"/>, in the exits' OCA group.</summary>
    public static Order Target(int quantity, decimal debit, ExitGroup group, OrderRef orderRef, string account = "")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(debit);
        return Exit("LMT", quantity, group, orderRef, account) with { LmtPrice = -debit };
    }

    /// <summary>The profit target re-priced to a marketable <paramref name="debit"/>: price changed, type kept (LMT).</summary>
    public static Order MarketableTarget(Order target, decimal debit)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(debit);
        return target with { LmtPrice = -debit };
    }

    /// <summary>
    /// The stop: SELL STP, triggered when the combo costs <paramref name="triggerDebit"/> (aux price minus it), by the
    /// prices of <paramref name="triggerMethod"/>, which must be explicit (IB's default for combos is Last).
    /// </summary>
    public static Order Stop(int quantity, decimal triggerDebit, TriggerMethod triggerMethod, ExitGroup group, OrderRef orderRef, string account = "")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(triggerDebit);
        if (triggerMethod == TriggerMethod.Default)
        {
            throw new ArgumentException("A combo stop names its trigger method: IB's default for combos is Last, which may never print.", nameof(triggerMethod));
        }

        return Exit("STP", quantity, group, orderRef, account) with { AuxPrice = -triggerDebit, TriggerMethod = triggerMethod };
    }

    /// <summary>The time exit: SELL MKT, held until <paramref name="goodAfter"/> (any offset; written in US/Eastern).</summary>
    public static Order TimeExit(int quantity, DateTimeOffset goodAfter, ExitGroup group, OrderRef orderRef, string account = "") =>
        Exit("MKT", quantity, group, orderRef, account) with { GoodAfterTime = GoodAfterTime(goodAfter) };

    /// <summary>"yyyyMMdd HH:mm:ss US/Eastern" of an instant.</summary>
    public static string GoodAfterTime(DateTimeOffset instant)
    {
        var eastern = Market.ExchangeTime.ToNewYork(instant);
        return eastern.ToString("yyyyMMdd HH:mm:ss", CultureInfo.InvariantCulture) + " US/Eastern";
    }

    /// <summary>The exits' OCA group of a trade: one per trade, kept by re-placed exits.</summary>
    public static ExitGroup Group(DateOnly sessionDate, long tradeId, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tradeId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        return new ExitGroup(
            string.Create(CultureInfo.InvariantCulture, $"condor:{sessionDate:yyyyMMdd}:oca:{tradeId}"),
            OcaTypeFor(quantity));
    }

    /// <summary>1 (cancel the others with block) for one contract; 2 (reduce the others with block) for more.</summary>
    public static int OcaTypeFor(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        return quantity == 1 ? 1 : 2;
    }

    /// <summary>The order an exit role builds from the plan (target, stop or time), for placement and re-placement.</summary>
    public static Order ExitFor(OrderRole role, ExitPlan plan, int quantity, ExitGroup group, OrderRef orderRef, string account = "")
    {
        ArgumentNullException.ThrowIfNull(plan);
        return role switch
        {
            OrderRole.Target => Target(quantity, plan.TargetDebit.Value, group, orderRef, account),
            OrderRole.Stop => Stop(quantity, plan.StopTrigger.Value, plan.StopTriggerMethod, group, orderRef, account),
            OrderRole.Time => TimeExit(quantity, plan.TimeExitAt, group, orderRef, account),
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not an exit role."),
        };
    }

    /// <summary>The journal intent of an order built here (positive prices, as the journal keeps them).</summary>
    public static OrderIntent IntentOf(long tradeId, OrderRole role, Order order, DateTimeOffset? goodAfter = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderIntent(
            tradeId,
            role,
            order.Action == "BUY" ? OrderAction.Buy : OrderAction.Sell,
            order.OrderType,
            (int)order.TotalQuantity,
            order.LmtPrice is { } limit ? Math.Abs(limit) : null,
            order.AuxPrice is { } aux ? Math.Abs(aux) : null,
            order.OcaGroup.Length > 0 ? order.OcaGroup : null,
            goodAfter?.ToUniversalTime());
    }

    private static Order Exit(string type, int quantity, ExitGroup group, OrderRef orderRef, string account)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Base("SELL", type, quantity, orderRef, account) with { OcaGroup = group.Name, OcaType = group.OcaType };
    }

    private static Order Base(string action, string type, int quantity, OrderRef orderRef, string account)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        return new Order
        {
            Action = action,
            OrderType = type,
            TotalQuantity = quantity,
            Tif = DayTif,
            OrderRef = orderRef.ToString(),
            Account = account ?? string.Empty,
            Transmit = true,
        };
    }

    private static ComboLeg Leg(int conId, string action) =>
        new() { ConId = conId, Ratio = 1, Action = action, Exchange = RoutingExchange };
}
