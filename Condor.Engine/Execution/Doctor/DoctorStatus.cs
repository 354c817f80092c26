namespace Condor.Engine.Execution.Doctor;

/// <summary>How one doctor step ended.</summary>
internal enum DoctorStatus
{
    /// <summary>What the trading day needs is there.</summary>
    Ok,

    /// <summary>Usable, with something the owner should know (printed, exit code still 0).</summary>
    Warning,

    /// <summary>Not applicable in this mode (e.g. no whatIf in Experiment).</summary>
    Skipped,

    /// <summary>A trading day would not have what it needs: the doctor stops here, exit code non-zero.</summary>
    Failed,
}
