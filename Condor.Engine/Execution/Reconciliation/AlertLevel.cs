namespace Condor.Engine.Execution.Reconciliation;

/// <summary>How loudly a reconciliation outcome is told.</summary>
internal enum AlertLevel
{
    /// <summary>Not told (audit log only).</summary>
    None,

    /// <summary>Shown on the dashboard.</summary>
    Info,

    /// <summary>Shown and notified.</summary>
    Warning,

    /// <summary>Notified at once: the owner should look now.</summary>
    Urgent,
}
