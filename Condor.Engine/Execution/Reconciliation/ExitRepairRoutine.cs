namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// The one routine that re-attaches missing exits (issue 13: "Missing exits are re-attached with the engine's
/// exit-repair routine"); the engine binds it to the orders' <c>ExitRepair</c>. Reconciliation sends nothing to the
/// broker except through it.
/// </summary>
internal delegate Task<ExitRepairResult> ExitRepairRoutine(ExitRepairRequest request, CancellationToken cancellationToken);
