namespace Condor.Engine.Broker;

/// <summary>
/// Where an order is in its life, as Condor tracks it (<see cref="OrderLifecycle"/>). IB's statuses map onto
/// these; Condor adds what only the client knows (a cancel or a modification it sent and IB has not yet answered).
/// </summary>
internal enum OrderPhase
{
    /// <summary>Journaled, not sent.</summary>
    Intent,

    /// <summary>Sent; IB has not accepted it yet (ApiPending, PendingSubmit).</summary>
    PendingSubmit,

    /// <summary>Accepted and held by IB (a stop waiting for its trigger, a goodAfterTime not yet reached).</summary>
    PreSubmitted,

    /// <summary>Working at the exchange.</summary>
    Submitted,

    /// <summary>Condor sent a cancel; IB has not answered it yet.</summary>
    CancelRequested,

    /// <summary>IB reports the cancel pending (PendingCancel): the order may still fill.</summary>
    PendingCancel,

    /// <summary>Condor sent a modification (placeOrder with the same id); IB has not acknowledged it yet.</summary>
    PendingModify,

    /// <summary>Completely filled. Terminal.</summary>
    Filled,

    /// <summary>Cancelled (Cancelled, ApiCancelled); it may have filled partly. Terminal, except for a fill IB reports late.</summary>
    Cancelled,

    /// <summary>Not working (rejected, invalid, outside its hours); IB may still reactivate, cancel or fill it.</summary>
    Inactive,
}
