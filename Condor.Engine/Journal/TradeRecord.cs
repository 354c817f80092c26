using Condor.Engine.Configuration;
using Condor.Engine.Market;

namespace Condor.Engine.Journal;

/// <summary>
/// A journaled trade. Credit and exit price are per contract (positive); P/L is in account currency:
/// gross = (credit − exit debit) × multiplier × contracts, net = gross − commissions of every leg execution.
/// </summary>
internal sealed record TradeRecord(
    long Id,
    DateOnly SessionDate,
    TradingMode Mode,
    string Underlying,
    int Contracts,
    int Multiplier,
    TradeStatus Status,
    DateTimeOffset? EntryUtc,
    DateTimeOffset? ExitUtc,
    decimal? EntryLimit,
    decimal? Credit,
    decimal? ExitPrice,
    ExitReason? ExitReason,
    decimal? PnlGross,
    decimal? Commissions,
    decimal? PnlNet,
    int CommissionsPending,
    decimal? MarginUsed,
    decimal? SettlementPrice,
    string? StatusReason,
    string Notes,
    IReadOnlyList<LegRecord> Legs)
{
    /// <summary>Minutes from the first opening to the last closing execution (2 decimals); derived, never stored.</summary>
    public double? MinutesInTrade =>
        EntryUtc is { } entry && ExitUtc is { } exit ? Math.Round((exit - entry).TotalMinutes, 2) : null;

    public LegRecord Leg(LegPosition position) => Legs.First(l => l.Position == position);
}
