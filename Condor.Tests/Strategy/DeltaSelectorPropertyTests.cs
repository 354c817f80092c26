using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Strategy;

/// <summary>Properties of the delta rule over many random chains (seeded, so every run sees the same chains).</summary>
public sealed class DeltaSelectorPropertyTests
{
    private const int Chains = 2000;

    [Fact]
    public void Select_RandomChains_ChosenNeverAboveCeiling()
    {
        ForEachChain((chain, right) =>
        {
            var selection = DeltaSelector.Select(chain, right, 15m, 16.9m);
            if (selection.Chosen is { } chosen)
            {
                Assert.True(chosen.Points <= 16.9m, $"chose {chosen.Points}");
            }
        });
    }

    [Fact]
    public void Select_RandomChains_CandidateExactlyAtTargetIsChosen()
    {
        var checkedChains = 0;
        ForEachChain((chain, right) =>
        {
            var selection = DeltaSelector.Select(chain, right, 15m, 16.9m);
            var atTarget = selection.Candidates.Any(c => c.Points == 15.00m && c.Verdict != DeltaVerdict.MissingBidOrAsk
                && c.Verdict != DeltaVerdict.ZeroBidOrAsk && c.Verdict != DeltaVerdict.CrossedQuote);
            if (atTarget)
            {
                checkedChains++;
                Assert.Equal(15.00m, selection.Chosen!.Points);
            }
        });
        Assert.True(checkedChains > 50, $"only {checkedChains} chains had a candidate at the target");
    }

    [Fact]
    public void Select_RandomChains_ResultIndependentOfChainOrder()
    {
        var random = new Random(4242);
        ForEachChain((chain, right) =>
        {
            var shuffled = chain.ToArray();
            random.Shuffle(shuffled);
            var reversed = chain.AsEnumerable().Reverse();

            var first = DeltaSelector.Select(chain, right, 15m, 16.9m);
            var second = DeltaSelector.Select(shuffled, right, 15m, 16.9m);
            var third = DeltaSelector.Select(reversed, right, 15m, 16.9m);

            Assert.Equal(first.Chosen, second.Chosen);
            Assert.Equal(first.Chosen, third.Chosen);
            Assert.Equal(first.Candidates, second.Candidates);
            Assert.Equal(first.Decision, third.Decision);
        });
    }

    [Fact]
    public void Select_RandomChains_ChosenIsNoFartherThanAnyEligibleAndWinsTiesByDelta()
    {
        ForEachChain((chain, right) =>
        {
            var selection = DeltaSelector.Select(chain, right, 15m, 16.9m);
            if (selection.Chosen is not { } chosen)
            {
                Assert.DoesNotContain(selection.Candidates, c => c.Verdict is DeltaVerdict.FartherFromTarget or DeltaVerdict.LostTieToHigherDelta);
                return;
            }

            foreach (var other in selection.Candidates.Where(c => c.Verdict is DeltaVerdict.FartherFromTarget or DeltaVerdict.LostTieToHigherDelta))
            {
                Assert.True(other.Distance > chosen.Distance || (other.Distance == chosen.Distance && other.Points <= chosen.Points));
            }
        });
    }

    private static void ForEachChain(Action<OptionQuote[], OptionRight> check)
    {
        var random = new Random(20260309);
        for (var i = 0; i < Chains; i++)
        {
            var right = i % 2 == 0 ? OptionRight.Put : OptionRight.Call;
            check(RandomChain(random, right), right);
        }
    }

    private static OptionQuote[] RandomChain(Random random, OptionRight right)
    {
        var count = random.Next(0, 25);
        var firstStrike = 5000 + (5 * random.Next(0, 200));
        var quotes = new OptionQuote[count];
        for (var i = 0; i < count; i++)
        {
            // Points on a coarse grid so exact targets and ties are frequent, sometimes a fine value.
            var points = random.Next(4) == 0 ? random.NextDouble() * 30 : random.Next(100, 200) / 10.0;
            double? delta = random.Next(12) switch
            {
                0 => null,
                1 => double.NaN,
                _ => (right == OptionRight.Put ? -points : points) / 100.0,
            };
            decimal? bid = random.Next(15) switch { 0 => null, 1 => 0m, _ => 0.05m * random.Next(1, 60) };
            decimal? ask = bid is { } b && random.Next(15) != 0 ? b + (0.05m * random.Next(0, 6)) : null;
            quotes[i] = new OptionQuote(right, firstStrike + (5 * i), bid, ask, delta);
        }

        return quotes;
    }
}
