namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// The one routine that re-attaches missing exits (issue 13: "Missing exits are re-attached with the engine's
/// exit-repair routine"). Reconciliation sends nothing to the broker except through it. The engine binds it to the
/// orders' routines (Condor.Engine/Execution/Orders): with no exit of the trade working and none ended
/// (<see cref="ExitReattachRequest.Ended"/> empty: a crash between the fill and the bracket) the whole bracket is
/// placed (<c>ExitBracket.PlaceAsync</c>); otherwise <c>ExitRepair</c> decides per role from the ended exits'
/// statuses (a cancelled one re-placed once in the same OCA group, a rejected one escalated).
/// </summary>
internal delegate Task<ExitReattachResult> ExitReattachRoutine(ExitReattachRequest request, CancellationToken cancellationToken);
