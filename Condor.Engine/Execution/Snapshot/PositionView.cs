using System.Collections.Immutable;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>
/// The open condor: its legs with fill and live mid, the P/L in dollars and in % of the credit received, the
/// index's distance to each short strike and the exits' status.
/// </summary>
/// <param name="TradeId">The journal's trade id.</param>
/// <param name="Quantity">Contracts open.</param>
/// <param name="FillCredit">The credit received per condor (positive).</param>
/// <param name="Legs">The four legs.</param>
/// <param name="ComboMid">The condor's live mid as a debit to close (positive); null while a leg has no quote.</param>
/// <param name="PnlDollars">(credit − mid to close) × 100 × quantity; null while the mid is unknown.</param>
/// <param name="PnlPercentOfCredit">P/L as a percentage of the credit received; null while the mid is unknown.</param>
/// <param name="IndexLast">The index's last price; null while unknown.</param>
/// <param name="DistanceToShortPut">Index − short put strike (positive = safe side); null while the index is unknown.</param>
/// <param name="DistanceToShortCall">Short call strike − index (positive = safe side); null while the index is unknown.</param>
/// <param name="Exits">The exit orders (target, stop, time) and their status.</param>
internal sealed record PositionView(
    long TradeId,
    int Quantity,
    decimal FillCredit,
    ImmutableArray<LegView> Legs,
    decimal? ComboMid,
    decimal? PnlDollars,
    decimal? PnlPercentOfCredit,
    decimal? IndexLast,
    decimal? DistanceToShortPut,
    decimal? DistanceToShortCall,
    ImmutableArray<ExitView> Exits);
