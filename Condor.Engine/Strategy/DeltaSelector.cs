using System.Globalization;
using Condor.Engine.Market;

namespace Condor.Engine.Strategy;

/// <summary>
/// Chooses a short strike by delta (DESIGN.md section 1): points = |delta| × 100 rounded to 2 decimals;
/// distance = |points − target| rounded to 1 decimal; both roundings take midpoints away from zero. Candidates
/// without a usable delta, without a two-sided positive uncrossed quote, or above the ceiling (compared on the
/// 2-decimal points) are ignored. The smallest distance wins; equal distances go to the higher points. Should
/// two candidates still tie (equal points), the higher raw |delta| wins, then the strike nearer the money —
/// so the result never depends on the order of the chain.
/// </summary>
internal static class DeltaSelector
{
    /// <summary>Selects with the configured TargetDeltaPoints and DeltaCeilingPoints.</summary>
    public static DeltaSelection Select(IEnumerable<OptionQuote> chain, OptionRight right, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Select(chain, right, options.TargetDeltaPoints, options.DeltaCeilingPoints);
    }

    public static DeltaSelection Select(
        IEnumerable<OptionQuote> chain, OptionRight right, decimal targetPoints, decimal ceilingPoints)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var quotes = chain.Where(q => q.Right == right).OrderBy(q => q.Strike).ToList();
        var duplicate = quotes.GroupBy(q => q.Strike).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The chain lists the {right} {duplicate.Key} more than once.", nameof(chain));
        }

        var assessed = quotes.Select(q => Assess(q, targetPoints, ceilingPoints)).ToList();
        var ranked = assessed
            .Where(a => a.Candidate.Verdict == DeltaVerdict.Chosen)
            .OrderBy(a => a.Candidate.Distance)
            .ThenByDescending(a => a.Candidate.Points)
            .ThenByDescending(a => Math.Abs(a.Candidate.Delta!.Value))
            .ThenBy(a => right == OptionRight.Put ? -a.Candidate.Strike : a.Candidate.Strike)
            .ToList();

        if (ranked.Count == 0)
        {
            var candidates = assessed.Select(a => a.Candidate).ToList();
            return new DeltaSelection(
                right, targetPoints, ceilingPoints, null, candidates, DeltaDecision.NoCandidate, NoCandidateReason(right, candidates));
        }

        var best = ranked[0].Candidate;
        var result = assessed.Select(a => a.Candidate == best || a.Candidate.Verdict != DeltaVerdict.Chosen
            ? a.Candidate
            : a.Candidate with
            {
                Verdict = a.Candidate.Distance > best.Distance ? DeltaVerdict.FartherFromTarget : DeltaVerdict.LostTieToHigherDelta,
            }).ToList();
        var decision = ranked.Count == 1 ? DeltaDecision.OnlyEligibleCandidate
            : ranked[1].Candidate.Distance == best.Distance ? DeltaDecision.TieToHigherDelta
            : DeltaDecision.ClosestToTarget;
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"{right} {best.Strike} chosen: {best.Points:0.00} delta points, {best.Distance:0.0} from target {targetPoints} ({Describe(decision)}; {ranked.Count} eligible of {result.Count})");
        return new DeltaSelection(right, targetPoints, ceilingPoints, best, result, decision, explanation);
    }

    /// <summary>|delta| × 100 rounded to 2 decimals, midpoints away from zero.</summary>
    public static decimal Points(double delta) =>
        Math.Round((decimal)Math.Abs(delta) * 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>|points − target| rounded to 1 decimal, midpoints away from zero.</summary>
    public static decimal Distance(decimal points, decimal targetPoints) =>
        Math.Round(Math.Abs(points - targetPoints), 1, MidpointRounding.AwayFromZero);

    private static (OptionQuote Quote, DeltaCandidate Candidate) Assess(OptionQuote quote, decimal target, decimal ceiling)
    {
        if (quote.Delta is not { } delta || !double.IsFinite(delta))
        {
            return (quote, new DeltaCandidate(quote.Strike, quote.Delta, null, null, DeltaVerdict.MissingDelta));
        }

        if (Math.Abs(delta) > 1)
        {
            return (quote, new DeltaCandidate(quote.Strike, delta, null, null, DeltaVerdict.InvalidDelta));
        }

        var points = Points(delta);
        var distance = Distance(points, target);
        var verdict = quote.QuoteProblem ?? (points > ceiling ? DeltaVerdict.AboveCeiling : DeltaVerdict.Chosen);
        return (quote, new DeltaCandidate(quote.Strike, delta, points, distance, verdict));
    }

    private static string NoCandidateReason(OptionRight right, IReadOnlyList<DeltaCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return $"No {right} in the chain.";
        }

        var counts = candidates.GroupBy(c => c.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}");
        return $"No eligible {right} among {candidates.Count}: {string.Join(", ", counts)}.";
    }

    private static string Describe(DeltaDecision decision) => decision switch
    {
        DeltaDecision.OnlyEligibleCandidate => "only eligible candidate",
        DeltaDecision.TieToHigherDelta => "tie on distance, higher delta wins",
        _ => "closest to target",
    };
}
