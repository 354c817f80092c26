namespace Condor.Engine.Journal;

/// <summary>Everything about a trade that is derived from its executions (see <see cref="TradeCalculator"/>).</summary>
internal sealed record TradeFigures(
    int OpenedContracts,
    bool FullyClosed,
    DateTimeOffset? EntryUtc,
    DateTimeOffset? ExitUtc,
    decimal? Credit,
    decimal? ExitPrice,
    decimal? PnlGross,
    decimal Commissions,
    decimal? PnlNet,
    int CommissionsPending,
    ExitReason? ExitReason,
    IReadOnlyList<LegFigures> Legs);
