using System.ComponentModel.DataAnnotations;

namespace Condor.Engine.Journal;

/// <summary>The SQLite journal, section <c>Condor:Journal</c>. Paths relative to Condor:DataDirectory.</summary>
public sealed class JournalOptions
{
    public const string Section = "Condor:Journal";

    [Required(AllowEmptyStrings = false)]
    public string FileName { get; set; } = "condor.db";

    [Required(AllowEmptyStrings = false)]
    public string BackupFolder { get; set; } = "backups";

    /// <summary>Nightly backups kept; older ones are deleted.</summary>
    [Range(1, 365)]
    public int BackupCopies { get; set; } = 14;

    /// <summary>How long a write waits for a lock before failing (fail closed).</summary>
    [Range(100, 60_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5_000;
}
