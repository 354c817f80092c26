namespace Condor.Web.Dashboard;

/// <summary>One short-strike candidate of the day's decision: its model delta, delta points, the rule's verdict and whether it was chosen.</summary>
public sealed record CandidateView(decimal Strike, double? Delta, decimal? Points, string Verdict, bool Chosen);
