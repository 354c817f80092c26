namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// What reconciliation will do, decided from the facts alone (<see cref="ReconciliationPlanner"/>), before anything
/// is written or sent.
/// </summary>
/// <param name="Facts">What it was decided from.</param>
/// <param name="Rule">The table cell applied (or the guard that overrode it).</param>
/// <param name="Classification">The facts sorted.</param>
/// <param name="Steps">Journal writes, then the exit repair, then the checks.</param>
/// <param name="Alerts">What to tell the owner (urgent ones also go out as notifications).</param>
/// <param name="MayEnter">
/// False when an entry must not be sent this session whatever the clock says: the entry reached the gateway, a
/// position of ours is held, or the facts are ambiguous. True leaves the decision (time, attempts) to the engine.
/// </param>
internal sealed record ReconciliationPlan(
    ReconciliationFacts Facts,
    ReconciliationRule Rule,
    ReconciliationClassification Classification,
    IReadOnlyList<ReconciliationStep> Steps,
    IReadOnlyList<ReconciliationAlert> Alerts,
    bool MayEnter)
{
    public ReconciliationAction Action => Rule.Action;

    /// <summary>The plan sends something to the broker (only the exit repair ever does).</summary>
    public bool SendsToBroker => Steps.OfType<ReattachExitsStep>().Any();
}
