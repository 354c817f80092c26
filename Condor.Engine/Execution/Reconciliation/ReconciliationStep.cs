namespace Condor.Engine.Execution.Reconciliation;

/// <summary>One thing a <see cref="ReconciliationPlan"/> does, in order: journal writes first, the exit repair last.</summary>
internal abstract record ReconciliationStep;
