namespace Condor.Engine.Execution.Phases;

/// <summary>One phase as the dashboard shows it: its status, when it started and ended, and what it said last.</summary>
internal sealed record PhaseState(
    EntryPhase Phase, PhaseStatus Status, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string Message)
{
    public static PhaseState Initial(EntryPhase phase) => new(phase, PhaseStatus.Waiting, null, null, string.Empty);
}
