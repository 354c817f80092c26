namespace Condor.Engine.Journal;

/// <summary>A <c>quote_captures</c> row as stored.</summary>
internal sealed class QuoteCaptureRow
{
    public string SessionDate { get; set; } = "";

    public long? TradeId { get; set; }

    public string Purpose { get; set; } = "";

    public string CapturedUtc { get; set; } = "";

    public string? UnderlyingPrice { get; set; }

    public string? Vix { get; set; }

    public string? VixPriorClose { get; set; }

    public string LegsJson { get; set; } = "";

    public string CandidatesJson { get; set; } = "";
}
