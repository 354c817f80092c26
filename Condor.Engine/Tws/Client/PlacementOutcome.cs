namespace Condor.Engine.Tws.Client;

/// <summary>What became of an order placement (or modification), as far as the gateway said.</summary>
internal enum PlacementOutcome
{
    /// <summary>The gateway acknowledged the order (openOrder, orderStatus, or 202 cancelled at once).</summary>
    Acknowledged,

    /// <summary>A definite refusal: a code the classifier knows to reject an order (201, 103, 110...) or fail its request (200, 321...).</summary>
    Rejected,

    /// <summary>
    /// Not known: no acknowledgement within the request timeout, the connection ended meanwhile, or the gateway sent
    /// only codes the classifier does not know. The order may be working: reconcile (open orders, executions).
    /// </summary>
    Unknown,
}
