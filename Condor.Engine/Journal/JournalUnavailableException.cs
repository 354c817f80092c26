namespace Condor.Engine.Journal;

/// <summary>
/// The journal could not be written or read: the database is locked beyond the busy timeout, read-only,
/// full, missing or corrupt. The engine treats it as fail-closed: no new order, an audit/notification,
/// and the caller still holds the record it tried to write (nothing is dropped silently).
/// </summary>
public sealed class JournalUnavailableException : Exception
{
    public JournalUnavailableException()
    {
    }

    public JournalUnavailableException(string message)
        : base(message)
    {
    }

    public JournalUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The SQLite result code behind the failure, when there was one (5 = busy, 8 = read-only ...).</summary>
    public int? SqliteErrorCode { get; init; }
}
