using Condor.Engine.Configuration;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>One of our orders changed status at the broker.</summary>
internal sealed record OrderUpdate(
    TradingMode Mode, DateTimeOffset At, string OrderRef, OrderRole Role, string Status, decimal Filled, decimal? Remaining)
    : EngineEvent(Mode, At);
