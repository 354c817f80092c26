using Condor.Engine.Configuration;

namespace Condor.Engine.Journal;

/// <summary>Trade-log filters (all optional), sort and page. Dates are inclusive session dates.</summary>
internal sealed record TradeQuery
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public TradingMode? Mode { get; init; }

    public ExitReason? ExitReason { get; init; }

    public TradeOutcome Outcome { get; init; } = TradeOutcome.All;

    /// <summary>Case-insensitive (ASCII) substring of the notes.</summary>
    public string? NotesContain { get; init; }

    public TradeSortField SortBy { get; init; } = TradeSortField.Date;

    public bool Descending { get; init; } = true;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}
