using Condor.Engine.Execution.Entry;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Execution.Timeline;

namespace Condor.Engine.Execution;

/// <summary>
/// The engine's working state for one exchange date (owned by the engine's loop, never shared): the timeline, the
/// phase board, the warm-up's market data, the decision and the trade. Published only through the snapshot.
/// </summary>
internal sealed class TradingDay(DateOnly date, SessionTimeline? timeline)
{
    public DateOnly Date { get; } = date;

    /// <summary>The session's timeline; null when the exchange is closed that day.</summary>
    public SessionTimeline? Timeline { get; } = timeline;

    public PhaseBoard Board { get; set; } = PhaseBoard.Fresh;

    /// <summary>The warm-up's market data (index, VIX, chain); null until warmed up.</summary>
    public ChainBook? Warm { get; set; }

    public DayDecision? Decision { get; set; }

    /// <summary>True once the entry ran (one attempt per session, whatever its outcome).</summary>
    public bool EntryAttempted { get; set; }

    /// <summary>True once the day's "no trade" was recorded (recorded once).</summary>
    public bool NoTradeRecorded { get; set; }

    public OpenPosition? Position { get; set; }

    /// <summary>The entry order while the chase works it.</summary>
    public WorkingOrderView? WorkingEntry { get; set; }

    public BracketResult? Bracket { get; set; }

    /// <summary>The exits closed the position; the journal closes the trade once every leg's execution is in.</summary>
    public bool Closing { get; set; }

    public PositionWatch? Watch { get; set; }

    /// <summary>Ends the open position's watch; set while one runs.</summary>
    public CancellationTokenSource? WatchStop { get; set; }

    public Task? WatchTask { get; set; }

    /// <summary>The open position's latest P/L from the watch.</summary>
    public PositionPnl? Pnl { get; set; }
}
