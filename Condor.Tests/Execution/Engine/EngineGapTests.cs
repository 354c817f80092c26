using Condor.Engine.Execution.Phases;
using Condor.Engine.Simulation;
using Condor.Tests.Simulation.Gateway;

namespace Condor.Tests.Execution.EngineRuns;

/// <summary>
/// A gap at the open: warm-up at 09:25 subscribes the chain around the index's value before the open (the prior
/// close); by 09:32 the index is far from it, so the strikes and wings the rules need lie outside the first band.
/// </summary>
public sealed class EngineGapTests
{
    [Fact]
    public async Task Day_GapAtTheOpen_ChainRecentredAndTheFifteenDeltaStrikesOfTheMovedIndexTraded()
    {
        var seed = SeedWithGap(minPoints: 60);
        await using var h = await EngineHarness.StartAsync(seed: seed, strategy: s => s.ChaseSpreadFraction = 0.25m);

        await h.RunEntryAsync();

        var s = h.Snapshot;
        Assert.True(s.Phases[EntryPhase.Chase].Status == PhaseStatus.Done, EngineHarness.Describe(s));
        var chosen = s.Decision!.Chosen!;
        var spot = (decimal)h.Gateway.Market.Path.Spx(GatewayHarness.Et(9, 32));
        // The shorts straddle the index of 09:32, not the prior close the warm-up saw.
        Assert.InRange(spot, chosen.ShortPut, chosen.ShortCall);
        // Every candidate of the chosen side had its delta when the choice was made (no choice among a half-greeked chain).
        Assert.Contains(s.Decision.Put!.Candidates, c => c.Strike == chosen.ShortPut + 5 && c.Delta is not null);
        Assert.Contains(s.Decision.Call!.Candidates, c => c.Strike == chosen.ShortCall - 5 && c.Delta is not null);
    }

    /// <summary>The first seed whose index at 09:32 is at least <paramref name="minPoints"/> from its value at 09:25 (the prior close).</summary>
    private static ulong SeedWithGap(double minPoints)
    {
        for (ulong seed = 1; seed < 2000; seed++)
        {
            var path = new MarketPath(new MarketPathOptions { Seed = seed, AnchorTime = GatewayHarness.Et(9, 30), AnchorSpx = 6000 });
            if (Math.Abs(path.Spx(GatewayHarness.Et(9, 32)) - path.Spx(GatewayHarness.Et(9, 25))) >= minPoints)
            {
                return seed;
            }
        }

        throw new InvalidOperationException($"no seed below 2000 gaps {minPoints} points");
    }
}
