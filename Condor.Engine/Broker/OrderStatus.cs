namespace Condor.Engine.Broker;

/// <summary>
/// An order's status as IB reports it in orderStatus (the TWS API's documented values, in lifecycle order).
/// ApiPending/PendingSubmit: sent, not yet accepted; PreSubmitted: accepted and held (not yet at the exchange,
/// e.g. a stop waiting for its trigger or a goodAfterTime); Submitted: working at the exchange; ApiCancelled:
/// cancelled before the gateway accepted it; PendingCancel: a cancel was sent and is not yet confirmed;
/// Cancelled; Filled; Inactive: not working (rejected, invalid or outside its hours; an error code comes with it).
/// </summary>
internal enum OrderStatus
{
    ApiPending,
    PendingSubmit,
    PreSubmitted,
    Submitted,
    ApiCancelled,
    PendingCancel,
    Cancelled,
    Filled,
    Inactive,
}
