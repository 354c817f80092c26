using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Commands;

/// <summary>Ends a pause: entries are taken again from the next entry time on (a session's kill switch still holds).</summary>
internal sealed record ResumeCommand(AuditActor Actor) : EngineCommand(Actor)
{
    public override string Name => "Resume";
}
