using Condor.Engine.Market;
using Condor.Engine.Strategy;
using static Condor.Tests.Strategy.ChainBuilder;

namespace Condor.Tests.Strategy;

public sealed class EntryFiltersTests
{
    /// <summary>Spreads: long put 0.10, short put 0.20, short call 0.15, long call 0.05.</summary>
    private static readonly IronCondor Condor = new(
        Put(5680, 5, 0.40m, 0.50m), Put(5700, 15, 2.00m, 2.20m), Call(5900, 15, 1.80m, 1.95m), Call(5920, 5, 0.30m, 0.35m));

    private static readonly FilterInput Input = new(20m, 18m, Condor, new ComboQuote(2.90m, 3.10m), 1800m);

    [Fact]
    public void Evaluate_DefaultOptions_OnlyMinimumCreditActive()
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions());

        Assert.True(report.AllowsTrade);
        Assert.Null(report.Reason);
        Assert.Equal(
            [FilterOutcome.Off, FilterOutcome.Off, FilterOutcome.Off, FilterOutcome.Passed, FilterOutcome.Off],
            report.Checks.Select(c => c.Outcome));
    }

    [Theory]
    [InlineData("19.99", true)]
    [InlineData("20", false)]
    [InlineData("25", false)]
    public void Evaluate_VixCeiling_TripsOnlyAbove(string ceiling, bool trips)
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions { VixCeiling = Parse(ceiling) });

        Assert.Equal(trips ? FilterOutcome.Tripped : FilterOutcome.Passed, Check(report, "VIX ceiling").Outcome);
        Assert.Equal(!trips, report.AllowsTrade);
    }

    [Fact]
    public void Evaluate_VixCeilingTripped_ReasonGivesValues()
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions { VixCeiling = 19m });

        Assert.Equal("VIX ceiling: VIX 20 is above 19", report.Reason);
    }

    [Theory]
    [InlineData("11.11", true)] // 20 vs 18 = +11.11…%
    [InlineData("11.12", false)]
    public void Evaluate_VixSpike_TripsAboveThePercentage(string percent, bool trips)
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions { VixSpikePercent = Parse(percent) });

        Assert.Equal(trips ? FilterOutcome.Tripped : FilterOutcome.Passed, Check(report, "VIX spike").Outcome);
    }

    [Fact]
    public void Evaluate_VixSpikeExactlyAtLimit_Passes()
    {
        var report = EntryFilters.Evaluate(Input with { Vix = 22m, VixPriorClose = 20m }, new StrategyOptions { VixSpikePercent = 10m });

        Assert.Equal(FilterOutcome.Passed, Check(report, "VIX spike").Outcome);
    }

    [Theory]
    [InlineData(null, "18")]
    [InlineData("20", null)]
    [InlineData("20", "0")]
    public void Evaluate_VixSpikeWithoutInputs_FailsClosed(string? vix, string? prior)
    {
        var input = Input with { Vix = vix is null ? null : Parse(vix), VixPriorClose = prior is null ? null : Parse(prior) };

        var report = EntryFilters.Evaluate(input, new StrategyOptions { VixSpikePercent = 10m });

        Assert.Equal(FilterOutcome.MissingInput, Check(report, "VIX spike").Outcome);
        Assert.False(report.AllowsTrade);
    }

    [Fact]
    public void Evaluate_VixCeilingWithoutVix_FailsClosed()
    {
        var report = EntryFilters.Evaluate(Input with { Vix = null }, new StrategyOptions { VixCeiling = 30m });

        Assert.Equal("VIX ceiling: no VIX value", report.Reason);
    }

    [Theory]
    [InlineData("0.19", true)]
    [InlineData("0.20", false)]
    public void Evaluate_MaxLegSpread_WidestLegDecides(string max, bool trips)
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions { MaxLegSpread = Parse(max) });

        Assert.Equal(trips ? FilterOutcome.Tripped : FilterOutcome.Passed, Check(report, "Max leg spread").Outcome);
    }

    [Fact]
    public void Evaluate_MaxLegSpreadTripped_NamesTheLeg()
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions { MaxLegSpread = 0.10m });

        Assert.Equal("Max leg spread: Put 5700 spread 0.20 is above 0.10", report.Reason);
    }

    [Fact]
    public void Evaluate_MaxLegSpreadWithUnquotedLeg_FailsClosed()
    {
        var condor = Condor with { LongCall = Quote(OptionRight.Call, 5920, null, 0.35m) };

        var report = EntryFilters.Evaluate(Input with { Condor = condor }, new StrategyOptions { MaxLegSpread = 1m });

        Assert.Equal(FilterOutcome.MissingInput, Check(report, "Max leg spread").Outcome);
    }

    [Theory]
    [InlineData("3.10", false)]
    [InlineData("3.11", true)]
    public void Evaluate_MinimumCredit_MidMustReachIt(string minCredit, bool trips)
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions { MinCredit = Parse(minCredit) });

        Assert.Equal(trips ? FilterOutcome.Tripped : FilterOutcome.Passed, Check(report, "Minimum credit").Outcome);
    }

    [Fact]
    public void Evaluate_NoComboQuote_FailsClosed()
    {
        var report = EntryFilters.Evaluate(Input with { Quote = null }, new StrategyOptions());

        Assert.Equal("Minimum credit: no combo quote", report.Reason);
    }

    [Theory]
    [InlineData(1800, false)]
    [InlineData(1799, true)]
    public void Evaluate_MaxMargin_TripsAboveLimit(int max, bool trips)
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions { MaxMarginPerTrade = max });

        Assert.Equal(trips ? FilterOutcome.Tripped : FilterOutcome.Passed, Check(report, "Max margin").Outcome);
    }

    [Fact]
    public void Evaluate_MaxMarginWithoutAnswer_FailsClosed()
    {
        var report = EntryFilters.Evaluate(Input with { MarginPerContract = null }, new StrategyOptions { MaxMarginPerTrade = 5000m });

        Assert.Equal(FilterOutcome.MissingInput, Check(report, "Max margin").Outcome);
    }

    [Fact]
    public void Evaluate_TwoFiltersTrip_ReasonListsBoth()
    {
        var report = EntryFilters.Evaluate(Input, new StrategyOptions { VixCeiling = 19m, MaxMarginPerTrade = 1000m });

        Assert.Equal("VIX ceiling: VIX 20 is above 19 Max margin: margin 1800 per contract is above 1000", report.Reason);
    }

    private static FilterCheck Check(FilterReport report, string name) => report.Checks.Single(c => c.Filter == name);

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
