using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Commands;

/// <summary>Warm up for the current session now: connect, verify, reconcile, subscribe to the chain.</summary>
internal sealed record WarmupCommand(AuditActor Actor) : EngineCommand(Actor)
{
    public override string Name => "Warmup";
}
