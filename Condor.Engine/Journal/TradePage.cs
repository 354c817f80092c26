namespace Condor.Engine.Journal;

/// <summary>One page of the trade log and how many trades match the filters in total.</summary>
internal sealed record TradePage(IReadOnlyList<TradeRecord> Trades, int TotalCount, int Page, int PageSize)
{
    public int PageCount => TotalCount == 0 ? 0 : ((TotalCount - 1) / PageSize) + 1;
}
