using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Commands;

/// <summary>Reconcile the journal with the gateway now (open orders, completed orders, executions, positions).</summary>
internal sealed record ReconcileCommand(AuditActor Actor) : EngineCommand(Actor)
{
    public override string Name => "Reconcile";
}
