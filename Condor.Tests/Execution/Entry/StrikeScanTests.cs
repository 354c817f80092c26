using Condor.Engine.Execution.Entry;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using static Condor.Tests.Strategy.ChainBuilder;

namespace Condor.Tests.Execution.Entry;

public sealed class StrikeScanTests
{
    private static readonly StrategyOptions Options = new();

    [Fact]
    public void Scan_TidyChain_FifteenDeltaShortsTwentyWideWingsAndTheComboQuote()
    {
        var result = StrikeScan.Scan(Chain(), Options);

        Assert.True(result.CanTrade);
        Assert.Equal("6480/6500P 6600/6620C", result.Condor!.ToString());
        // shorts bid 2.00 / ask 2.20, wings bid 0.40 / ask 0.50: natural 2 × 2.00 − 2 × 0.50, mid 2 × 2.10 − 2 × 0.45
        Assert.Equal(new ComboQuote(3.00m, 3.30m), result.Quote);
    }

    [Fact]
    public void Scan_EveryCandidateKept_ForTheDaysDecision()
    {
        var result = StrikeScan.Scan(Chain(), Options);

        Assert.Equal(6500m, result.Put.Chosen!.Strike);
        Assert.Contains(result.Put.Candidates, c => c.Strike == 6490m && c.Verdict == DeltaVerdict.FartherFromTarget);
        Assert.Equal(result.Put.Candidates.Count, Chain().Count(q => q.Right == OptionRight.Put));
    }

    [Fact]
    public void Scan_ShortWithNaNDelta_NotACandidate()
    {
        var chain = Chain().Select(q => q is { Right: OptionRight.Call, Strike: 6600m } ? q with { Delta = double.NaN } : q).ToList();

        var result = StrikeScan.Scan(chain, Options);

        Assert.Contains(result.Call.Candidates, c => c.Strike == 6600m && c.Verdict == DeltaVerdict.MissingDelta);
        Assert.NotEqual(6600m, result.Call.Chosen?.Strike);
    }

    [Fact]
    public void Scan_MissingWing_NoTradeNamingTheWing()
    {
        var chain = Chain().Where(q => !(q.Right == OptionRight.Call && q.Strike == 6620m)).ToList();

        var result = StrikeScan.Scan(chain, Options);

        Assert.False(result.CanTrade);
        Assert.Contains("Wing call 6620", result.NoTradeReason, StringComparison.Ordinal);
        Assert.Null(result.Condor);
    }

    [Fact]
    public void Scan_WingWithoutAsk_NoTradeAndNoQuote()
    {
        var chain = Chain().Select(q => q is { Right: OptionRight.Put, Strike: 6480m } ? q with { Ask = null } : q).ToList();

        var result = StrikeScan.Scan(chain, Options);

        Assert.False(result.CanTrade);
        Assert.Null(result.Quote);
        Assert.Contains("Put 6480", result.NoTradeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_LegSpreadAboveTheFilter_NoTradeWithTheQuoteKept()
    {
        var options = new StrategyOptions { MaxLegSpread = 0.15m };

        var result = StrikeScan.Scan(Chain(), options);

        Assert.False(result.CanTrade);
        Assert.StartsWith("Max leg spread", result.NoTradeReason, StringComparison.Ordinal);
        Assert.NotNull(result.Quote);
    }

    [Fact]
    public void Scan_NoShortPutWithinTheCeiling_NoTradeSayingWhy()
    {
        var chain = Chain().Select(q => q.Right == OptionRight.Put ? q with { Delta = -0.30 } : q).ToList();

        var result = StrikeScan.Scan(chain, Options);

        Assert.False(result.CanTrade);
        Assert.StartsWith("No short put", result.NoTradeReason, StringComparison.Ordinal);
    }

    /// <summary>Puts 6470–6510 and calls 6590–6630 around spot 6550; 15-delta at 6500P and 6600C.</summary>
    private static List<OptionQuote> Chain() =>
    [
        Put(6470m, 6, 0.30m, 0.40m), Put(6480m, 8, 0.40m, 0.50m), Put(6490m, 12, 1.40m, 1.50m),
        Put(6500m, 15.1, 2.00m, 2.20m), Put(6510m, 18, 2.60m, 2.80m),
        Call(6590m, 18, 2.60m, 2.80m), Call(6600m, 14.9, 2.00m, 2.20m), Call(6610m, 12, 1.40m, 1.50m),
        Call(6620m, 8, 0.40m, 0.50m), Call(6630m, 6, 0.30m, 0.40m),
    ];
}
