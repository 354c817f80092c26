namespace Condor.Engine.Execution.Orders;

/// <summary>How loud an order-side alert is.</summary>
internal enum OrderAlertSeverity
{
    /// <summary>For the record (e.g. an exit re-placed as planned).</summary>
    Info,

    /// <summary>Worth a look, no action needed (e.g. the index touched a short strike).</summary>
    Warning,

    /// <summary>The position may be unprotected or the broker refused something: the owner must look now.</summary>
    Urgent,
}
