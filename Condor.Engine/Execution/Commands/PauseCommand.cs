using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Commands;

/// <summary>Skip future entries until resumed (persisted across restarts and sessions); an open position is not touched.</summary>
internal sealed record PauseCommand(AuditActor Actor) : EngineCommand(Actor)
{
    public override string Name => "Pause";
}
