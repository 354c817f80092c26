namespace Condor.Engine.Broker;

/// <summary>What a row of the <see cref="OrderTransitions"/> table does.</summary>
internal enum OrderTransitionKind
{
    /// <summary>To the row's phase.</summary>
    Move,

    /// <summary>The phase stays: a duplicate, a report sent before Condor's request reached IB, or a stale report.</summary>
    Keep,

    /// <summary>Back to the phase before the cancel or modification that IB refused (terms unchanged).</summary>
    Restore,

    /// <summary>IB acknowledged the modification: to the row's phase, with the new terms.</summary>
    Acknowledge,
}
