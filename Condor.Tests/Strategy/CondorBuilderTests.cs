using Condor.Engine.Market;
using Condor.Engine.Strategy;
using static Condor.Tests.Strategy.ChainBuilder;

namespace Condor.Tests.Strategy;

public sealed class CondorBuilderTests
{
    [Fact]
    public void Build_SpxChain_WingsTwentyPointsBeyondShorts()
    {
        var chain = SpxChain();

        var result = Build(chain, 20m);

        Assert.True(result.Succeeded, result.Failure);
        var condor = result.Condor!;
        Assert.Equal((5680m, 5700m, 5900m, 5920m), (condor.LongPut.Strike, condor.ShortPut.Strike, condor.ShortCall.Strike, condor.LongCall.Strike));
        Assert.Equal(20m, condor.WingWidth);
        Assert.Equal("5680/5700P 5900/5920C", condor.ToString());
    }

    [Fact]
    public void Build_WingPutMissingFromChain_FailsWithoutChangingWidth()
    {
        var chain = SpxChain().Where(q => !(q.Right == OptionRight.Put && q.Strike == 5680m)).ToList();

        var result = Build(chain, 20m);

        Assert.False(result.Succeeded);
        Assert.Equal("Wing put 5680 (short put 5700 − 20) is not listed in the chain.", result.Failure);
    }

    [Fact]
    public void Build_WingCallMissingFromChain_Fails()
    {
        var chain = SpxChain().Where(q => !(q.Right == OptionRight.Call && q.Strike == 5920m)).ToList();

        var result = Build(chain, 20m);

        Assert.Equal("Wing call 5920 (short call 5900 + 20) is not listed in the chain.", result.Failure);
    }

    [Fact]
    public void Build_NoShortPutCandidate_FailsWithSelectionReason()
    {
        var chain = SpxChain().Where(q => q.Right == OptionRight.Call).ToList();

        var result = Build(chain, 20m);

        Assert.Equal("No short put: No Put in the chain.", result.Failure);
    }

    [Fact]
    public void Build_ShortPutNotBelowShortCall_Fails()
    {
        var chain = new[] { Put(5800, 15), Put(5780, 5), Call(5800, 15), Call(5820, 5) };

        var result = Build(chain, 20m);

        Assert.Equal("Short put 5800 is not below short call 5800.", result.Failure);
    }

    [Fact]
    public void Build_XspWithWingWidthTwo_UsesOnePointStrikes()
    {
        var chain = new List<OptionQuote>();
        for (var strike = 570m; strike <= 590m; strike++)
        {
            chain.Add(Put(strike, Math.Max(1, (double)(strike - 560m))));
            chain.Add(Call(strike, Math.Max(1, (double)(600m - strike))));
        }

        var result = Build(chain, 2m);

        Assert.Equal((573m, 575m, 585m, 587m), (result.Condor!.LongPut.Strike, result.Condor.ShortPut.Strike, result.Condor.ShortCall.Strike, result.Condor.LongCall.Strike));
    }

    /// <summary>Puts 5600–5800 and calls 5800–6000; the 15-delta put is 5700, the 15-delta call 5900.</summary>
    internal static List<OptionQuote> SpxChain()
    {
        var chain = new List<OptionQuote>();
        for (var strike = 5600m; strike <= 5800m; strike += 5)
        {
            chain.Add(Put(strike, 15 + ((double)(strike - 5700m) / 5)));
        }

        for (var strike = 5800m; strike <= 6000m; strike += 5)
        {
            chain.Add(Call(strike, 15 - ((double)(strike - 5900m) / 5)));
        }

        return chain;
    }

    private static CondorConstruction Build(IReadOnlyCollection<OptionQuote> chain, decimal wing) =>
        CondorBuilder.Build(
            chain,
            DeltaSelector.Select(chain, OptionRight.Put, 15m, 16.9m),
            DeltaSelector.Select(chain, OptionRight.Call, 15m, 16.9m),
            wing);
}
