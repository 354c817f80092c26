namespace Condor.Engine.Execution.Orders;

/// <summary>What the exit repair does about one exit.</summary>
internal enum ExitRepairAction
{
    /// <summary>Nothing: working, or the group has an execution / the position is gone.</summary>
    None,

    /// <summary>Re-place once (same OCA group, orderRef attempt n+1) and escalate.</summary>
    Replace,

    /// <summary>Do not re-place (cancelled again, rejected, missing): urgent event.</summary>
    Escalate,
}
