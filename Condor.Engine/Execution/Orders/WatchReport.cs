namespace Condor.Engine.Execution.Orders;

/// <summary>What one look at the position produced: the P/L, alerts, and whether Condor's own stop re-priced the target.</summary>
internal sealed record WatchReport(PositionPnl Pnl, IReadOnlyList<OrderAlert> Alerts, bool TargetRepriced);
