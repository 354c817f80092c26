namespace Condor.Web.Dashboard;

/// <summary>The open position: legs, the combo's mid to close, P/L in dollars and % of credit, distances to the short strikes, the exits.</summary>
public sealed record PositionStatus(
    long TradeId,
    int Quantity,
    decimal FillCredit,
    IReadOnlyList<LegStatus> Legs,
    decimal? ComboMid,
    decimal? PnlDollars,
    decimal? PnlPercentOfCredit,
    decimal? IndexLast,
    decimal? DistanceToShortPut,
    decimal? DistanceToShortCall,
    IReadOnlyList<ExitStatus> Exits);
