using Condor.Engine.Configuration;
using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

public sealed class JournalLocationTests
{
    [Fact]
    public void Resolve_RelativeNames_UnderDataDirectory()
    {
        var data = Path.Combine(Path.GetTempPath(), "condor-data");
        var location = JournalLocation.Resolve(new CondorOptions { DataDirectory = data },
            new JournalOptions { FileName = "journal.db", BackupFolder = "nightly" });

        Assert.Equal(Path.Combine(data, "journal.db"), location.DatabasePath);
        Assert.Equal(Path.Combine(data, "nightly"), location.BackupFolder);
    }

    [Fact]
    public void Resolve_AbsoluteBackupFolder_KeptAsIs()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "condor-offsite");
        var location = JournalLocation.Resolve(new CondorOptions { DataDirectory = "./data" },
            new JournalOptions { BackupFolder = elsewhere });

        Assert.Equal(elsewhere, location.BackupFolder);
        Assert.EndsWith(Path.Combine("data", "condor.db"), location.DatabasePath, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(location.DatabasePath));
    }
}
