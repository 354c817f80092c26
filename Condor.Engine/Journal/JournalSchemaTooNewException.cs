namespace Condor.Engine.Journal;

/// <summary>The database was written by a newer Condor (a higher schema version than this build knows).</summary>
public sealed class JournalSchemaTooNewException : Exception
{
    public JournalSchemaTooNewException()
    {
    }

    public JournalSchemaTooNewException(string message)
        : base(message)
    {
    }

    public JournalSchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public JournalSchemaTooNewException(int databaseVersion, int codeVersion)
        : base($"The journal database is at schema version {databaseVersion}, but this Condor build knows versions " +
               $"up to {codeVersion}. Refusing to start: run the newer Condor build, or restore a backup made by this one.")
    {
        DatabaseVersion = databaseVersion;
        CodeVersion = codeVersion;
    }

    public int DatabaseVersion { get; }

    public int CodeVersion { get; }
}
