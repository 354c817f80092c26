using Condor.Engine.Configuration;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>Market values the engine read: index, VIX, the chosen condor's mid and natural credit (null when unknown).</summary>
internal sealed record QuoteSnapshot(
    TradingMode Mode, DateTimeOffset At, decimal? IndexLast, decimal? VixLast, decimal? ComboMidCredit, decimal? ComboNaturalCredit)
    : EngineEvent(Mode, At);
