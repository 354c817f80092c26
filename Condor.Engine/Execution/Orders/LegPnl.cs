using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Orders;

/// <summary>One leg's live figures: average opening price (null when unknown), current mid and P/L in dollars (all contracts); null when unpriceable.</summary>
internal sealed record LegPnl(LegPosition Position, decimal Strike, decimal? EntryPrice, decimal? Mid, decimal? Pnl);
