using Condor.Engine.Market;
using CsvHelper;

namespace Condor.Engine.Journal;

/// <summary>One trade in the CSV export, its four legs flattened (column order = property order).</summary>
[CsvRecord]
internal sealed partial record TradeCsvRow(
    long Id,
    string SessionDate,
    string Mode,
    string Underlying,
    string Status,
    int Contracts,
    string? EntryUtc,
    string? ExitUtc,
    double? MinutesInTrade,
    decimal? EntryLimit,
    decimal? Credit,
    decimal? ExitPrice,
    string? ExitReason,
    decimal? PnlGross,
    decimal? Commissions,
    decimal? PnlNet,
    decimal? MarginUsed,
    decimal LongPutStrike,
    decimal? LongPutOpen,
    decimal? LongPutClose,
    double? LongPutDelta,
    decimal ShortPutStrike,
    decimal? ShortPutOpen,
    decimal? ShortPutClose,
    double? ShortPutDelta,
    decimal ShortCallStrike,
    decimal? ShortCallOpen,
    decimal? ShortCallClose,
    double? ShortCallDelta,
    decimal LongCallStrike,
    decimal? LongCallOpen,
    decimal? LongCallClose,
    double? LongCallDelta,
    string Notes);
