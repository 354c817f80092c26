namespace Condor.Web.Dashboard;

/// <summary>An alert the engine raised (urgent, or a notice).</summary>
public sealed record AlertStatus(DateTimeOffset At, bool Urgent, string Message);
