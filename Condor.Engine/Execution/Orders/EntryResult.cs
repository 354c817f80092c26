namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Phase 7's outcome. <see cref="FilledQuantity"/> and <see cref="AverageFillCredit"/> (positive, per contract)
/// come from the broker's reports; <see cref="LegFillPrices"/> are the legs' average execution prices by conId.
/// </summary>
internal sealed record EntryResult(
    EntryOutcome Outcome,
    long TradeId,
    string OrderRef,
    int FilledQuantity,
    decimal? AverageFillCredit,
    bool CancellationConfirmed,
    DateTimeOffset? FilledAt,
    IReadOnlyDictionary<int, decimal> LegFillPrices,
    string Reason,
    IReadOnlyList<OrderAlert> Alerts)
{
    /// <summary>Whether there is a position to protect (filled in whole or in part).</summary>
    public bool HasPosition => FilledQuantity > 0 && AverageFillCredit is > 0;
}
