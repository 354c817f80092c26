namespace Condor.Engine.Journal;

/// <summary>Trade-log filter on the net P/L of closed trades.</summary>
internal enum TradeOutcome
{
    All,
    Winners,
    Losers,
}
