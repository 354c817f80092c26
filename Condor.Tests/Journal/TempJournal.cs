using Condor.Engine.Configuration;
using Condor.Engine.Journal;
using Condor.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Condor.Tests.Journal;

/// <summary>A journal on a real SQLite file in a fresh temp folder, deleted on dispose.</summary>
internal sealed class TempJournal : IAsyncDisposable
{
    private TempJournal(string folder, JournalOptions options, ManualTimeProvider time)
    {
        Folder = folder;
        Options = options;
        Time = time;
        Location = new JournalLocation(Path.Combine(folder, "condor.db"), Path.Combine(folder, "backups"));
    }

    public string Folder { get; }

    public JournalOptions Options { get; }

    public ManualTimeProvider Time { get; }

    public JournalLocation Location { get; }

    public JournalDatabase Database { get; private set; } = null!;

    public SqliteJournal Journal { get; private set; } = null!;

    public static TempJournal CreateUnopened(int busyTimeoutMilliseconds = 5_000, int backupCopies = 14)
    {
        var folder = Path.Combine(Path.GetTempPath(), "condor-journal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new JournalOptions { BusyTimeoutMilliseconds = busyTimeoutMilliseconds, BackupCopies = backupCopies };
        return new TempJournal(folder, options, new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero)));
    }

    public static async Task<TempJournal> CreateAsync(int busyTimeoutMilliseconds = 5_000, int backupCopies = 14)
    {
        var temp = CreateUnopened(busyTimeoutMilliseconds, backupCopies);
        await temp.OpenAsync();
        return temp;
    }

    public async Task OpenAsync()
    {
        Database = await JournalDatabase.OpenAsync(Location.DatabasePath, Options, Time, CancellationToken.None);
        Journal = ForMode(TradingMode.Simulated);
    }

    public SqliteJournal ForMode(TradingMode mode) =>
        new(Database, mode, Location.BackupFolder, Options.BackupCopies, Time);

    /// <summary>A plain connection to the file, outside the journal (to inspect or to hold locks).</summary>
    public async Task<SqliteConnection> RawConnectionAsync()
    {
        var connection = new SqliteConnection($"Data Source={Location.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
