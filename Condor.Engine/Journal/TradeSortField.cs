namespace Condor.Engine.Journal;

/// <summary>Trade-log sort keys.</summary>
internal enum TradeSortField
{
    Date,
    PnlNet,
    Credit,
    MinutesInTrade,
}
