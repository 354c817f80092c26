using Condor.Engine.Configuration;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>The open position's P/L.</summary>
internal sealed record PositionPnlUpdate(TradingMode Mode, DateTimeOffset At, long TradeId, decimal? PnlDollars, decimal? PnlPercentOfCredit)
    : EngineEvent(Mode, At);
