using Dapper;
using Microsoft.Data.Sqlite;

namespace Condor.Engine.Journal;

/// <summary>
/// The SQLite file: opens connections with the journal's settings (WAL, foreign keys, busy timeout), runs
/// work in write transactions that are committed before returning, and turns "cannot write" into
/// <see cref="JournalUnavailableException"/>.
/// </summary>
internal sealed class JournalDatabase
{
    // SQLite primary result codes that mean the file is not usable right now (https://sqlite.org/rescode.html).
    private static readonly HashSet<int> UnavailableCodes =
    [
        3,  // SQLITE_PERM
        5,  // SQLITE_BUSY
        6,  // SQLITE_LOCKED
        8,  // SQLITE_READONLY
        10, // SQLITE_IOERR
        11, // SQLITE_CORRUPT
        13, // SQLITE_FULL
        14, // SQLITE_CANTOPEN
        15, // SQLITE_PROTOCOL
        23, // SQLITE_AUTH
        26, // SQLITE_NOTADB
    ];

    private readonly string connectionString;
    private readonly int busyTimeoutMilliseconds;

    private JournalDatabase(string path, int busyTimeoutMilliseconds)
    {
        FilePath = Path.GetFullPath(path);
        this.busyTimeoutMilliseconds = busyTimeoutMilliseconds;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite retries busy statements up to this many seconds (0 would mean forever).
            DefaultTimeout = Math.Max(1, (busyTimeoutMilliseconds + 999) / 1000),
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>Opens (creating if needed) and migrates the database to the latest schema.</summary>
    public static Task<JournalDatabase> OpenAsync(
        string path, JournalOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(path, options, time, SchemaMigrator.Embedded, targetVersion: null, cancellationToken);

    /// <summary>Opens and migrates up to <paramref name="targetVersion"/> with the given migrations (tests).</summary>
    public static async Task<JournalDatabase> OpenAsync(
        string path, JournalOptions options, TimeProvider time, IReadOnlyList<Migration> migrations,
        int? targetVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var database = new JournalDatabase(path, options.BusyTimeoutMilliseconds);
        await database.GuardAsync(async () =>
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var mode = await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode = WAL").ConfigureAwait(false);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new JournalUnavailableException($"The journal at {database.FilePath} could not switch to WAL mode (got '{mode}').");
            }

            return await SchemaMigrator.MigrateAsync(connection, time, migrations, targetVersion, cancellationToken)
                .ConfigureAwait(false);
        }).ConfigureAwait(false);
        return database;
    }

    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync($"PRAGMA busy_timeout = {busyTimeoutMilliseconds}").ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in a write (IMMEDIATE) transaction, committed before this returns.</summary>
    public Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            transaction.Commit();
            return result;
        });

    public Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        });

    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (SqliteException ex) when (UnavailableCodes.Contains(ex.SqliteErrorCode))
        {
            throw new JournalUnavailableException(
                $"The journal at {FilePath} cannot be used (SQLite error {ex.SqliteErrorCode}: {ex.Message}).", ex)
            {
                SqliteErrorCode = ex.SqliteErrorCode,
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new JournalUnavailableException($"The journal at {FilePath} cannot be used: {ex.Message}", ex);
        }
    }
}
