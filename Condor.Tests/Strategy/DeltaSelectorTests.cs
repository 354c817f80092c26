using Condor.Engine.Market;
using Condor.Engine.Strategy;
using static Condor.Tests.Strategy.ChainBuilder;

namespace Condor.Tests.Strategy;

/// <summary>The examples of DESIGN.md section 1 (delta tie-break and ceiling) and the data checks.</summary>
public sealed class DeltaSelectorTests
{
    [Theory]
    [InlineData(14.8, 15.3, 14.8, nameof(DeltaDecision.ClosestToTarget))]
    [InlineData(14.8, 15.2, 15.2, nameof(DeltaDecision.TieToHigherDelta))]
    [InlineData(14.0, 16.0, 16.0, nameof(DeltaDecision.TieToHigherDelta))]
    [InlineData(14.85, 15.25, 14.85, nameof(DeltaDecision.ClosestToTarget))]
    [InlineData(13.0, 17.0, 13.0, nameof(DeltaDecision.OnlyEligibleCandidate))]
    public void Select_DesignExamples_PicksDocumentedDelta(double a, double b, double expected, string decision)
    {
        foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
        {
            var chain = right == OptionRight.Put
                ? new[] { Put(5700, a), Put(5705, b) }
                : [Call(5905, a), Call(5900, b)];

            var selection = DeltaSelector.Select(chain, right, 15m, 16.9m);

            Assert.Equal((decimal)expected, selection.Chosen!.Points);
            Assert.Equal(decision, selection.Decision.ToString());
        }
    }

    [Fact]
    public void Select_ThirteenVersusSeventeen_SeventeenRejectedAboveCeiling()
    {
        var selection = DeltaSelector.Select([Put(5700, 13), Put(5705, 17)], OptionRight.Put, 15m, 16.9m);

        Assert.Equal(DeltaVerdict.AboveCeiling, selection.Candidates.Single(c => c.Strike == 5705).Verdict);
        Assert.Equal(5700m, selection.Chosen!.Strike);
    }

    [Theory]
    [InlineData(-0.1690, true)]
    [InlineData(-0.169049, true)] // 16.9049 → 16.90
    [InlineData(-0.16905, false)] // 16.905 → 16.91 (midpoint away from zero)
    [InlineData(-0.1691, false)]
    public void Select_AtTheCeiling_SixteenNinetyAllowedSixteenNinetyOneNot(double delta, bool allowed)
    {
        var selection = DeltaSelector.Select([Quote(OptionRight.Put, 5700, 1.0m, 1.1m, delta)], OptionRight.Put, 15m, 16.9m);

        Assert.Equal(allowed, selection.HasChoice);
        Assert.Equal(allowed ? DeltaVerdict.Chosen : DeltaVerdict.AboveCeiling, selection.Candidates[0].Verdict);
    }

    [Theory]
    [InlineData(0.1485, "14.85")]
    [InlineData(-0.14849999, "14.85")]
    [InlineData(0.148449, "14.84")]
    [InlineData(0.15, "15.00")]
    public void Points_RoundsToTwoDecimals(double delta, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DeltaSelector.Points(delta));
    }

    [Theory]
    [InlineData("14.85", "0.2")]
    [InlineData("15.25", "0.3")]
    [InlineData("15.05", "0.1")]
    [InlineData("14.95", "0.1")]
    [InlineData("15.04", "0.0")]
    [InlineData("13.00", "2.0")]
    public void Distance_RoundsToOneDecimalAwayFromZero(string points, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(decimal.Parse(expected, culture), DeltaSelector.Distance(decimal.Parse(points, culture), 15m));
    }

    [Fact]
    public void Select_CandidatesWithoutGreeksOrQuotes_IgnoredWithReason()
    {
        var chain = new[]
        {
            Quote(OptionRight.Put, 5690, 1.0m, 1.1m, null),
            Quote(OptionRight.Put, 5695, 1.0m, 1.1m, double.NaN),
            Quote(OptionRight.Put, 5700, 0m, 1.1m, -0.15),
            Quote(OptionRight.Put, 5705, null, 1.1m, -0.15),
            Quote(OptionRight.Put, 5710, 1.2m, 1.1m, -0.15),
            Quote(OptionRight.Put, 5715, 1.0m, 1.1m, -1.5),
            Put(5720, 18.0),
            Put(5680, 10.0),
        };

        var selection = DeltaSelector.Select(chain, OptionRight.Put, 15m, 16.9m);

        Assert.Equal(5680m, selection.Chosen!.Strike);
        Assert.Equal(
            [DeltaVerdict.Chosen, DeltaVerdict.MissingDelta, DeltaVerdict.MissingDelta, DeltaVerdict.ZeroBidOrAsk,
             DeltaVerdict.MissingBidOrAsk, DeltaVerdict.CrossedQuote, DeltaVerdict.InvalidDelta, DeltaVerdict.AboveCeiling],
            selection.Candidates.Select(c => c.Verdict));
    }

    [Fact]
    public void Select_NoEligibleCandidate_NoCandidateWithReason()
    {
        var chain = new[] { Quote(OptionRight.Call, 5900, 1.0m, 1.1m, null), Call(5905, 20), Put(5700, 15) };

        var selection = DeltaSelector.Select(chain, OptionRight.Call, 15m, 16.9m);

        Assert.False(selection.HasChoice);
        Assert.Equal(DeltaDecision.NoCandidate, selection.Decision);
        Assert.Equal("No eligible Call among 2: 1 MissingDelta, 1 AboveCeiling.", selection.Explanation);
    }

    [Fact]
    public void Select_EmptyChain_NoCandidateSaysSo()
    {
        var selection = DeltaSelector.Select([], OptionRight.Put, 15m, 16.9m);

        Assert.Equal(DeltaDecision.NoCandidate, selection.Decision);
        Assert.Equal("No Put in the chain.", selection.Explanation);
    }

    [Fact]
    public void Select_ThreeCandidates_ExplainsEveryVerdict()
    {
        var selection = DeltaSelector.Select([Put(5690, 12.0), Put(5700, 14.8), Put(5705, 15.2)], OptionRight.Put, 15m, 16.9m);

        Assert.Equal(
            [DeltaVerdict.FartherFromTarget, DeltaVerdict.LostTieToHigherDelta, DeltaVerdict.Chosen],
            selection.Candidates.Select(c => c.Verdict));
        Assert.Equal(
            "Put 5705 chosen: 15.20 delta points, 0.2 from target 15 (tie on distance, higher delta wins; 3 eligible of 3)",
            selection.Explanation);
    }

    [Fact]
    public void Select_EqualPointsTwice_StrikeNearerTheMoneyWins()
    {
        var puts = DeltaSelector.Select([Put(5700, 15.0), Put(5705, 15.0)], OptionRight.Put, 15m, 16.9m);
        var calls = DeltaSelector.Select([Call(5900, 15.0), Call(5905, 15.0)], OptionRight.Call, 15m, 16.9m);

        Assert.Equal(5705m, puts.Chosen!.Strike);
        Assert.Equal(5900m, calls.Chosen!.Strike);
    }

    [Fact]
    public void Select_WithOptions_UsesConfiguredTargetAndCeiling()
    {
        var chain = new[] { Put(5700, 10.0), Put(5705, 20.0), Put(5710, 24.0) };

        var selection = DeltaSelector.Select(chain, OptionRight.Put, new StrategyOptions { TargetDeltaPoints = 20m, DeltaCeilingPoints = 22m });

        Assert.Equal(5705m, selection.Chosen!.Strike);
        Assert.Equal(DeltaVerdict.AboveCeiling, selection.Candidates[2].Verdict);
    }

    [Fact]
    public void Select_DuplicateStrike_Throws()
    {
        Assert.Throws<ArgumentException>(() => DeltaSelector.Select([Put(5700, 15), Put(5700, 14)], OptionRight.Put, 15m, 16.9m));
    }
}
