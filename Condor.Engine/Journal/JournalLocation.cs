using Condor.Engine.Configuration;

namespace Condor.Engine.Journal;

/// <summary>Where the journal file and its backups live: <c>Condor:Journal</c> paths under <c>Condor:DataDirectory</c>.</summary>
internal sealed record JournalLocation(string DatabasePath, string BackupFolder)
{
    public static JournalLocation Resolve(CondorOptions condor, JournalOptions journal)
    {
        ArgumentNullException.ThrowIfNull(condor);
        ArgumentNullException.ThrowIfNull(journal);
        var data = Path.GetFullPath(condor.DataDirectory);
        return new JournalLocation(Path.Combine(data, journal.FileName), Path.Combine(data, journal.BackupFolder));
    }
}
