using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// The outcome of choosing one short strike: the chosen candidate (null when none), every candidate looked at
/// (in strike order) with its verdict, the rule that decided and a one-line explanation for the journal.
/// </summary>
internal sealed record DeltaSelection(
    OptionRight Right,
    decimal TargetPoints,
    decimal CeilingPoints,
    DeltaCandidate? Chosen,
    IReadOnlyList<DeltaCandidate> Candidates,
    DeltaDecision Decision,
    string Explanation)
{
    public bool HasChoice => Chosen is not null;
}
