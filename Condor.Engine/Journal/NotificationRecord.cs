namespace Condor.Engine.Journal;

/// <summary>A notification that was sent (or failed to send) on a channel.</summary>
internal sealed record NotificationRecord(
    string Channel, string Severity, string Title, string Body, bool Success, string? Error = null);
