namespace Condor.Engine.Journal;

/// <summary>Derived per-leg figures: quantities and average prices opened and closed, commissions.</summary>
internal sealed record LegFigures(
    long LegId, int OpenedQuantity, int ClosedQuantity, decimal? OpenPrice, decimal? ClosePrice, decimal Commission);
