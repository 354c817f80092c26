namespace Condor.Engine.Broker;

/// <summary>What can happen to an order: a status IB reports, or something Condor did or was told about it.</summary>
internal enum OrderTrigger
{
    /// <summary>placeOrder left for the gateway.</summary>
    Sent,

    /// <summary>orderStatus ApiPending or PendingSubmit.</summary>
    StatusPendingSubmit,

    StatusPreSubmitted,

    StatusSubmitted,

    StatusPendingCancel,

    /// <summary>orderStatus Cancelled or ApiCancelled.</summary>
    StatusCancelled,

    StatusInactive,

    StatusFilled,

    /// <summary>Condor sent cancelOrder.</summary>
    CancelSent,

    /// <summary>IB refused the cancel (10147, 10148, 161): the order goes on as it was.</summary>
    CancelRejected,

    /// <summary>Condor sent a modification of the working order.</summary>
    ModifySent,

    /// <summary>IB refused the modification: the order stays as it was, with its old terms.</summary>
    ModifyRejected,
}
