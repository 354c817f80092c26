namespace Condor.Engine.Journal;

/// <summary>An <c>audit_log</c> row as stored.</summary>
internal sealed class AuditRow
{
    public string AtUtc { get; set; } = "";

    public string Actor { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Message { get; set; } = "";

    public string? Detail { get; set; }

    public long? TradeId { get; set; }
}
