using Condor.Engine.Configuration;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>Something the owner must look at now (an entry without exits, no expiry today, a second instance's order...).</summary>
internal sealed record UrgentAlert(TradingMode Mode, DateTimeOffset At, string Message) : EngineEvent(Mode, At);
