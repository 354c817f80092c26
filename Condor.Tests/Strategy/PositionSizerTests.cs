using Condor.Engine.Strategy;

namespace Condor.Tests.Strategy;

/// <summary>Credit 1.50 on a 20-point SPX condor: structural risk (20 − 1.50) × 100 = 1,850 per contract.</summary>
public sealed class PositionSizerTests
{
    private static readonly SizingInput Base = new(1.50m, 20m, 100, null, false, 100_000m, 40_000m, 0);

    [Fact]
    public void Size_FixedDefault_OneContractWithStructuralRisk()
    {
        var decision = PositionSizer.Size(Base, new StrategyOptions());

        Assert.Equal(1, decision.Contracts);
        Assert.Equal(1850m, decision.RiskPerContract);
        Assert.Equal("1 contracts: risk/contract 1850.00 ((wing − credit) × multiplier); fixed 1.", decision.Reason);
    }

    [Theory]
    [InlineData(2000, 2000)]
    [InlineData(1850, 1850)]
    [InlineData(1500, 1850)]
    public void Size_WhatIfMargin_RiskIsTheLarger(int whatIf, int expectedRisk)
    {
        var decision = PositionSizer.Size(Base with { WhatIfMarginPerContract = whatIf }, new StrategyOptions());

        Assert.Equal(expectedRisk, decision.RiskPerContract);
    }

    [Fact]
    public void Size_NoMarginAnswerWhenRequired_NoTrade()
    {
        var decision = PositionSizer.Size(Base with { MarginAnswerRequired = true }, new StrategyOptions());

        Assert.False(decision.IsTrade);
        Assert.Equal("No whatIf margin answer, and one is required in this mode.", decision.Reason);
    }

    [Theory]
    [InlineData(100_000, 2)] // 5,000 / 1,850 = 2.7
    [InlineData(74_000, 2)] // 3,700 / 1,850 = 2 exactly
    [InlineData(73_999, 1)]
    [InlineData(37_000, 1)]
    [InlineData(36_999, 0)]
    public void Size_PercentOfNetLiquidation_FloorOfBudgetOverRisk(int netLiquidation, int expected)
    {
        var options = new StrategyOptions { Sizing = SizingMode.PercentOfNetLiquidation, SizingPercent = 5m };

        var decision = PositionSizer.Size(Base with { NetLiquidation = netLiquidation }, options);

        Assert.Equal(expected, decision.Contracts);
        Assert.Equal(expected > 0, decision.IsTrade);
    }

    [Fact]
    public void Size_PercentOfNetLiquidationTooSmall_NoTradeWithReason()
    {
        var options = new StrategyOptions { Sizing = SizingMode.PercentOfNetLiquidation, SizingPercent = 5m };

        var decision = PositionSizer.Size(Base with { NetLiquidation = 30_000m }, options);

        Assert.Equal("Zero contracts: risk/contract 1850.00 ((wing − credit) × multiplier); 5% of net liquidation 30000.00 = 1500.00 → 0.", decision.Reason);
    }

    [Fact]
    public void Size_PercentOfAvailableFunds_UsesAvailableFunds()
    {
        var options = new StrategyOptions { Sizing = SizingMode.PercentOfAvailableFunds, SizingPercent = 10m };

        var decision = PositionSizer.Size(Base, options); // 10% of 40,000 = 4,000 → 2

        Assert.Equal(2, decision.Contracts);
    }

    [Theory]
    [InlineData(SizingMode.PercentOfNetLiquidation)]
    [InlineData(SizingMode.PercentOfAvailableFunds)]
    public void Size_PercentModeWithoutAccountValue_FailsClosed(SizingMode mode)
    {
        var options = new StrategyOptions { Sizing = mode };

        var decision = PositionSizer.Size(Base with { NetLiquidation = null, AvailableFunds = null }, options);

        Assert.False(decision.IsTrade);
        Assert.StartsWith("No usable", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_LargeAccount_CappedByMaxContracts()
    {
        var options = new StrategyOptions { Sizing = SizingMode.PercentOfNetLiquidation, SizingPercent = 5m, MaxContracts = 10 };

        var decision = PositionSizer.Size(Base with { NetLiquidation = 1_000_000m }, options);

        Assert.Equal(10, decision.Contracts);
        Assert.Contains("capped by MaxContracts 10", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5550, 3)]
    [InlineData(5549, 2)]
    [InlineData(9250, 5)]
    [InlineData(1849, 0)]
    public void Size_MaxMarginPerTrade_CapsContracts(int maxMargin, int expected)
    {
        var options = new StrategyOptions { Contracts = 5, MaxMarginPerTrade = maxMargin };

        var decision = PositionSizer.Size(Base, options);

        Assert.Equal(expected, decision.Contracts);
    }

    [Fact]
    public void Size_OpenPosition_NeverIncreased()
    {
        var decision = PositionSizer.Size(Base with { OpenPositionContracts = 1 }, new StrategyOptions());

        Assert.False(decision.IsTrade);
        Assert.Equal("A position of 1 contracts is open: never increased.", decision.Reason);
    }

    [Fact]
    public void Size_CreditNotBelowWingWidth_NoTrade()
    {
        var decision = PositionSizer.Size(Base with { ExpectedCredit = 20m }, new StrategyOptions());

        Assert.False(decision.IsTrade);
    }
}
