using Condor.Engine.Configuration;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>No trade today, and why (a filter tripped, the exchange is closed, the entry window was missed...).</summary>
internal sealed record NoTrade(TradingMode Mode, DateTimeOffset At, DateOnly SessionDate, string Reason) : EngineEvent(Mode, At);
