namespace Condor.Engine.Journal;

/// <summary>One line of the audit log: a command, decision, order action or error, and who caused it.</summary>
internal sealed record AuditEntry(
    AuditActor Actor, AuditKind Kind, string Message, string? Detail = null, long? TradeId = null)
{
    /// <summary>Set when read back from the journal.</summary>
    public DateTimeOffset? AtUtc { get; init; }
}
