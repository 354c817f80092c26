namespace Condor.Engine.Journal;

/// <summary>A journaled leg; open/close prices and commission are derived from its executions.</summary>
internal sealed record LegRecord(
    long Id,
    LegPosition Position,
    string Right,
    decimal Strike,
    int ConId,
    double? EntryDelta,
    double? EntryImpliedVolatility,
    decimal? EntryMid,
    decimal? OpenPrice,
    decimal? ClosePrice,
    decimal? Commission);
