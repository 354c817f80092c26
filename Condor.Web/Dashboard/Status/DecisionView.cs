namespace Condor.Web.Dashboard;

/// <summary>
/// Today's decision: every put and call candidate with its delta and verdict, the explanation of each side's choice,
/// the chosen strikes and why, the combo's credit quote, the index and VIX, the margin, the quantity — or why no trade.
/// </summary>
public sealed record DecisionView(
    DateOnly SessionDate,
    IReadOnlyList<CandidateView> PutCandidates,
    IReadOnlyList<CandidateView> CallCandidates,
    string? PutExplanation,
    string? CallExplanation,
    StrikesView? Chosen,
    string Why,
    decimal? MidCredit,
    decimal? NaturalCredit,
    decimal? IndexLast,
    decimal? VixLast,
    decimal? MarginPerContract,
    string? MarginSource,
    int? Quantity,
    string? NoTradeReason);
