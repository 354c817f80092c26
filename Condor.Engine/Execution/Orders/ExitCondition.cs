namespace Condor.Engine.Execution.Orders;

/// <summary>Where an exit stands as far as the broker told (the exit repair's facts).</summary>
internal enum ExitCondition
{
    /// <summary>Acknowledged and working (or held: PreSubmitted).</summary>
    Working,

    /// <summary>Cancelled by the broker (202) or otherwise, without a fill.</summary>
    Cancelled,

    /// <summary>Refused by the gateway (201, 110, ... or an Inactive status).</summary>
    Rejected,

    /// <summary>Filled in part or in whole (it has an execution).</summary>
    Executed,

    /// <summary>The broker does not show it at all (not in open orders, not completed).</summary>
    Missing,
}
