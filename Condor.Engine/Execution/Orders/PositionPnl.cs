namespace Condor.Engine.Execution.Orders;

/// <summary>
/// The open position's live P/L: per leg, the combo's mid debit (cost to close at mid, per contract), the total in
/// dollars and in % of the fill credit, and the index's distance to each short strike (positive = still out of the money).
/// </summary>
internal sealed record PositionPnl(
    DateTimeOffset At,
    IReadOnlyList<LegPnl> Legs,
    decimal? MidDebit,
    decimal? TotalPnl,
    decimal? PercentOfCredit,
    decimal? Index,
    decimal? DistanceToShortPut,
    decimal? DistanceToShortCall);
