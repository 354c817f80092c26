using System.Globalization;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Experiment;

/// <summary>How the experiment reads an order for the fill model: action, type, quantity, prices, goodAfterTime, trigger method.</summary>
internal static class ExperimentOrderModel
{
    /// <summary>The fill model's view of <paramref name="order"/>, or why the experiment refuses it (as IB's 201 would).</summary>
    /// <param name="order">The order as the engine built it.</param>
    /// <param name="isCombo">True for a BAG.</param>
    /// <param name="localZone">The gateway's zone, for a goodAfterTime without one (the client refuses those anyway).</param>
    public static (ComboOrder? Model, string Problem) Read(Order order, bool isCombo, TimeZoneInfo localZone)
    {
        ArgumentNullException.ThrowIfNull(order);
        var side = order.Action switch { "BUY" => TradeSide.Buy, "SELL" => TradeSide.Sell, _ => (TradeSide?)null };
        var type = order.OrderType switch { "LMT" => ComboOrderType.Limit, "MKT" => ComboOrderType.Market, "STP" => ComboOrderType.Stop, _ => (ComboOrderType?)null };
        if (side is null || type is null || order.TotalQuantity <= 0 || order.TotalQuantity != decimal.Truncate(order.TotalQuantity) || order.TotalQuantity > int.MaxValue)
        {
            return (null, $"unsupported action/type/quantity '{order.Action} {order.TotalQuantity} {order.OrderType}'");
        }

        var goodAfter = IbTime.Parse(order.GoodAfterTime, localZone);
        if (!string.IsNullOrWhiteSpace(order.GoodAfterTime) && goodAfter is null)
        {
            return (null, $"goodAfterTime '{order.GoodAfterTime}' is not yyyyMMdd HH:mm:ss TZ");
        }

        var identity = string.IsNullOrEmpty(order.OrderRef) ? order.OrderId.ToString(CultureInfo.InvariantCulture) : order.OrderRef;
        return (new ComboOrder(
            identity,
            side.Value,
            type.Value,
            (int)order.TotalQuantity,
            type == ComboOrderType.Limit ? AsIbDouble(order.LmtPrice) : null,
            type == ComboOrderType.Stop ? AsIbDouble(order.AuxPrice) : null,
            string.IsNullOrWhiteSpace(order.GoodAfterTime) ? null : goodAfter,
            order.TriggerMethod,
            isCombo), string.Empty);
    }

    /// <summary>IB reads prices as doubles (a client's -3.8000000000000003 is -3.8 to it), so the experiment does too.</summary>
    private static decimal? AsIbDouble(decimal? price) => price is { } p ? (decimal)(double)p : null;
}
