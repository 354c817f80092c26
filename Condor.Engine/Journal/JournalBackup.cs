using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Condor.Engine.Journal;

/// <summary>
/// Copies the live database with SQLite's online backup API (writers keep going: in WAL mode the copy reads
/// one consistent snapshot), checks the copy, then keeps only the newest <c>copies</c> backups.
/// Files are named <c>&lt;name&gt;-yyyyMMdd'T'HHmmssfff'Z'.db</c> so that name order is time order.
/// </summary>
internal sealed class JournalBackup(JournalDatabase database, string folder, int copies, TimeProvider time)
{
    private readonly string prefix = Path.GetFileNameWithoutExtension(database.FilePath) + "-";

    public Task<string> RunAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async source =>
        {
            Directory.CreateDirectory(folder);
            var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
            var target = Path.Combine(folder, prefix + stamp + ".db");
            var partial = target + ".partial";
            File.Delete(partial);
            await using (var copy = new SqliteConnection(
                new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await copy.OpenAsync(cancellationToken).ConfigureAwait(false);
                source.BackupDatabase(copy);
                var check = await copy.ExecuteScalarAsync<string>("PRAGMA quick_check").ConfigureAwait(false);
                if (!string.Equals(check, "ok", StringComparison.Ordinal))
                {
                    throw new JournalUnavailableException($"The backup {partial} failed its integrity check: {check}");
                }
            }

            File.Move(partial, target, overwrite: true);
            Prune();
            return target;
        }, cancellationToken);

    private void Prune()
    {
        var backups = Directory.GetFiles(folder, prefix + "*.db")
            .Where(f => f.EndsWith(".db", StringComparison.Ordinal))
            .OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Skip(copies);
        foreach (var old in backups)
        {
            File.Delete(old);
        }
    }
}
