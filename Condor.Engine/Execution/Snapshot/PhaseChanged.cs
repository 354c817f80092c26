using Condor.Engine.Configuration;
using Condor.Engine.Execution.Phases;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>A phase of today's entry changed (started, reported, done, failed, skipped).</summary>
internal sealed record PhaseChanged(TradingMode Mode, DateTimeOffset At, PhaseState Phase) : EngineEvent(Mode, At);
