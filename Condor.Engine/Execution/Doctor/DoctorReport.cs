namespace Condor.Engine.Execution.Doctor;

/// <summary>Every step the doctor ran, in order; it stops at the first failed one.</summary>
internal sealed record DoctorReport(IReadOnlyList<DoctorStep> Steps)
{
    /// <summary>The step that failed; null when the trading day has what it needs.</summary>
    public DoctorStep? Failed => Steps.FirstOrDefault(s => s.Status == DoctorStatus.Failed);

    /// <summary>0 when the trading day has what it needs; 1 when a step failed.</summary>
    public int ExitCode => Failed is null ? 0 : 1;
}
