namespace Condor.Engine.Strategy;

/// <summary>How many contracts a trade uses (always capped by MaxContracts and MaxMarginPerTrade).</summary>
public enum SizingMode
{
    Fixed,
    PercentOfNetLiquidation,
    PercentOfAvailableFunds,
}
