using System.Collections.Immutable;

namespace Condor.Engine.Execution.Phases;

/// <summary>
/// The eight phases of one session, immutable: each change returns a new board, so a snapshot handed to the
/// dashboard never changes under it. Phases run in order: starting a phase finishes the running one as done,
/// failing a phase skips the ones after it, and a finished board (failed, or protect done) refuses further starts.
/// </summary>
internal sealed record PhaseBoard
{
    private PhaseBoard(ImmutableArray<PhaseState> phases) => Phases = phases;

    public ImmutableArray<PhaseState> Phases { get; }

    public static PhaseBoard Fresh { get; } =
        new([.. Enum.GetValues<EntryPhase>().Select(PhaseState.Initial)]);

    public PhaseState this[EntryPhase phase] => Phases[(int)phase];

    /// <summary>The phase running now, if any.</summary>
    public PhaseState? Running => Phases.FirstOrDefault(p => p.Status == PhaseStatus.Running);

    /// <summary>True once a phase failed or the last phase is done: nothing more runs today.</summary>
    public bool IsFinished =>
        Phases.Any(p => p.Status == PhaseStatus.Failed) || this[EntryPhase.Protect].Status == PhaseStatus.Done;

    /// <summary>Starts <paramref name="phase"/>; earlier phases still waiting or running are marked done.</summary>
    /// <exception cref="InvalidOperationException">The board is finished, or the phase already ran.</exception>
    public PhaseBoard Start(EntryPhase phase, DateTimeOffset at, string message)
    {
        EnsureOpen(phase);
        if (this[phase].Status != PhaseStatus.Waiting)
        {
            throw new InvalidOperationException($"Phase {phase} already ran ({this[phase].Status}).");
        }

        var builder = Phases.ToBuilder();
        for (var i = 0; i < (int)phase; i++)
        {
            if (builder[i].Status is PhaseStatus.Waiting or PhaseStatus.Running)
            {
                builder[i] = builder[i] with
                {
                    Status = PhaseStatus.Done,
                    StartedAt = builder[i].StartedAt ?? at,
                    EndedAt = at,
                };
            }
        }

        builder[(int)phase] = new PhaseState(phase, PhaseStatus.Running, at, null, message);
        return new PhaseBoard(builder.MoveToImmutable());
    }

    /// <summary>A new message for a running phase (e.g. the chase's step).</summary>
    public PhaseBoard Report(EntryPhase phase, string message) =>
        Replace(RequireRunning(phase) with { Message = message });

    /// <summary>Finishes a running phase as done.</summary>
    public PhaseBoard Complete(EntryPhase phase, DateTimeOffset at, string message) =>
        Replace(RequireRunning(phase) with { Status = PhaseStatus.Done, EndedAt = at, Message = message });

    /// <summary>Fails <paramref name="phase"/> (running or not yet started) and skips every later phase.</summary>
    public PhaseBoard Fail(EntryPhase phase, DateTimeOffset at, string message)
    {
        EnsureOpen(phase);
        var builder = Phases.ToBuilder();
        var state = builder[(int)phase];
        builder[(int)phase] = state with
        {
            Status = PhaseStatus.Failed,
            StartedAt = state.StartedAt ?? at,
            EndedAt = at,
            Message = message,
        };
        for (var i = (int)phase + 1; i < builder.Count; i++)
        {
            builder[i] = builder[i] with { Status = PhaseStatus.Skipped };
        }

        return new PhaseBoard(builder.MoveToImmutable());
    }

    private PhaseState RequireRunning(EntryPhase phase) =>
        this[phase].Status == PhaseStatus.Running
            ? this[phase]
            : throw new InvalidOperationException($"Phase {phase} is not running ({this[phase].Status}).");

    private void EnsureOpen(EntryPhase phase)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"The session's phases are finished; {phase} cannot change.");
        }
    }

    private PhaseBoard Replace(PhaseState state) => new(Phases.SetItem((int)state.Phase, state));
}
