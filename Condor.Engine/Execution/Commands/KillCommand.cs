using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Commands;

/// <summary>
/// The kill switch for the current session (<see cref="Safety.KillSwitch"/>): entries blocked at once and
/// persistently, Condor's working orders cancelled (confirmed), an open condor closed, flat confirmed. Accepted while
/// disconnected (pending, executed on reconnect); a second press does nothing more.
/// </summary>
internal sealed record KillCommand(AuditActor Actor) : EngineCommand(Actor)
{
    public override string Name => "Kill";
}
