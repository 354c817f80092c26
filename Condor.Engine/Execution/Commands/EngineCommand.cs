using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Commands;

/// <summary>
/// A request to the engine, from whoever may ask: the engine's own timeline, a job, the dashboard, a bot. Every
/// command carries its actor, so the audit log says who asked. The engine processes commands one at a time
/// (<see cref="EngineInbox"/>): it is the one writer of trading state.
/// </summary>
internal abstract record EngineCommand(AuditActor Actor)
{
    /// <summary>The command's name in the audit log and on the dashboard.</summary>
    public abstract string Name { get; }
}
