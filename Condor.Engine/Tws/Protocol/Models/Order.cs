using Condor.Engine.Broker;

namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>
/// The order properties Condor uses. Everything else IB's order carries is written with IB's defaults by the
/// message layouts. Prices are decimal; null is IB's "unset" (double.MaxValue).
/// </summary>
internal sealed record Order
{
    public int OrderId { get; init; }

    public int ClientId { get; init; }

    public long PermId { get; init; }

    /// <summary>BUY or SELL.</summary>
    public string Action { get; init; } = string.Empty;

    public decimal TotalQuantity { get; init; }

    /// <summary>LMT, STP or MKT.</summary>
    public string OrderType { get; init; } = string.Empty;

    public decimal? LmtPrice { get; init; }

    public decimal? AuxPrice { get; init; }

    /// <summary>DAY, GTC...</summary>
    public string Tif { get; init; } = string.Empty;

    public string OcaGroup { get; init; } = string.Empty;

    /// <summary>1 = cancel the others with block, 2 = reduce with block, 3 = reduce without block.</summary>
    public int OcaType { get; init; }

    public string Account { get; init; } = string.Empty;

    /// <summary>Condor's own tag: <c>condor:yyyyMMdd:role:n</c> (DESIGN.md section 3).</summary>
    public string OrderRef { get; init; } = string.Empty;

    public bool Transmit { get; init; } = true;

    public int ParentId { get; init; }

    public bool OutsideRth { get; init; }

    /// <summary>Which prices trigger a stop (IB's triggerMethod); Condor's stops always name one explicitly.</summary>
    public TriggerMethod TriggerMethod { get; init; }

    /// <summary>"yyyyMMdd HH:mm:ss TZ"; the time exit is a MKT order good after 11:30 ET.</summary>
    public string GoodAfterTime { get; init; } = string.Empty;

    public string GoodTillDate { get; init; } = string.Empty;

    public bool WhatIf { get; init; }

    /// <summary>Filled quantity reported by completedOrder; null elsewhere.</summary>
    public decimal? FilledQuantity { get; init; }
}
