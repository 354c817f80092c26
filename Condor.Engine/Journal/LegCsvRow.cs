using CsvHelper;

namespace Condor.Engine.Journal;

/// <summary>One leg in the legs CSV export.</summary>
[CsvRecord]
internal sealed partial record LegCsvRow(
    long TradeId,
    string SessionDate,
    string Position,
    string Right,
    decimal Strike,
    int ConId,
    double? EntryDelta,
    double? EntryIv,
    decimal? EntryMid,
    decimal? OpenPrice,
    decimal? ClosePrice,
    decimal? Commission);
