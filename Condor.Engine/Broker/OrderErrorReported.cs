namespace Condor.Engine.Broker;

/// <summary>
/// An error message about one order (its id as the error's id): a rejection (201), a cancel that could not be
/// done (10147, 10148), "order cancelled" (202), or an informational note on a live order (e.g. 10349).
/// Classification of the code lives in <c>TwsErrorClassifier</c>. error carries no gateway time.
/// </summary>
/// <param name="OrderId">The order id the error names (an id of this client).</param>
/// <param name="Code">IB's error code.</param>
/// <param name="Message">IB's text.</param>
/// <param name="AdvancedRejectJson">IB's advanced order-reject JSON; empty when none.</param>
/// <param name="ReceivedAt">Local receive time of the frame.</param>
internal sealed record OrderErrorReported(int OrderId, int Code, string Message, string AdvancedRejectJson, DateTimeOffset ReceivedAt) : BrokerEvent(ReceivedAt);
