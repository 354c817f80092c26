namespace Condor.Engine.Tws.Client;

/// <summary>The outcome of placing or modifying one order; keyed by the order's orderRef (its intent).</summary>
/// <param name="OrderRef">The intent's key (<c>Order.orderRef</c>), as journaled before sending.</param>
/// <param name="OrderId">The order id the client allocated for it just before sending.</param>
/// <param name="Outcome">Acknowledged, rejected, or unknown (reconcile).</param>
/// <param name="Status">The acknowledging status (PreSubmitted, Submitted, Filled, Cancelled...); empty otherwise.</param>
/// <param name="At">Local time of the answer (or of giving up on one).</param>
/// <param name="ErrorCode">IB's code of a rejection, or the last unclassified code seen before giving up; null when none.</param>
/// <param name="Reason">The gateway's text, or why the outcome is unknown.</param>
/// <param name="AdvancedOrderRejectJson">IB's advanced reject JSON of a rejection; empty otherwise.</param>
internal sealed record OrderPlacement(
    string OrderRef,
    int OrderId,
    PlacementOutcome Outcome,
    string Status,
    DateTimeOffset At,
    int? ErrorCode = null,
    string Reason = "",
    string AdvancedOrderRejectJson = "");
