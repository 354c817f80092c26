namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// What the gateway shows of the session's trade: the columns of <see cref="ReconciliationTable"/>. "Our legs" are
/// the journaled trade's four contracts (without a trade: the contracts of the Condor orders and fills the
/// gateway reports). <see cref="ReconciliationClassifier"/> decides in the order the members are documented
/// with their precedence (1 first).
/// </summary>
internal enum BrokerState
{
    /// <summary>(7) Nothing of ours: no order of ours working, no fill of ours, nothing held on our legs (orders of ours that ended unfilled may be reported as completed).</summary>
    NoOrderOrPosition,

    /// <summary>(2) An entry or kill order of ours is working (it may have filled partly; the position is its fills).</summary>
    OurOrderWorking,

    /// <summary>(5) Our fills opened and closed the position: our legs are flat and every fill on them is from an order of ours.</summary>
    OurExecutions,

    /// <summary>(3) Our legs are held as our fills explain, and the target, stop and time exit of ours are all working.</summary>
    OurPositionWithExits,

    /// <summary>(4) Our legs are held as our fills explain, and at least one of the three exits is not working.</summary>
    OurPositionWithoutExits,

    /// <summary>(1) A fill on our legs from no order of ours (the broker's liquidation, a manual trade), or a position on our legs our fills do not explain.</summary>
    PositionChangedWithoutOurOrder,

    /// <summary>(6) Nothing of ours, but orders or positions that are not Condor's (always reported, never touched).</summary>
    ForeignOnly,
}
