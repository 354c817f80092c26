namespace Condor.Engine.Strategy;

/// <summary>How many contracts to trade (0 = no trade) and why; the risk per contract used, in dollars.</summary>
internal sealed record SizingDecision(int Contracts, decimal? RiskPerContract, string Reason)
{
    public bool IsTrade => Contracts > 0;
}
