using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>What the exit-repair routine did: the exits it placed (acknowledged by the gateway) and, when it could not repair, why.</summary>
internal sealed record ExitReattachResult(bool Repaired, IReadOnlyList<OrderRef> Placed, string Detail);
