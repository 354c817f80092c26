using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Commands;

/// <summary>
/// Run the entry now instead of at the entry time: Paper, Experiment and Simulated at any time (rehearsals);
/// Live only inside the entry window. The one-trade-per-session guard applies as always.
/// </summary>
internal sealed record EnterNowCommand(AuditActor Actor) : EngineCommand(Actor)
{
    public override string Name => "EnterNow";
}
