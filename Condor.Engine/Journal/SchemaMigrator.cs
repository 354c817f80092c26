using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Condor.Engine.Journal;

/// <summary>
/// Applies the embedded migrations (<c>Journal/Migrations/NNN_name.sql</c>) in version order, all pending
/// ones inside one transaction, and records each in <c>schema_version</c>. Forward only: a database newer
/// than the code is refused with <see cref="JournalSchemaTooNewException"/>.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "Condor.Journal.Migrations.";

    public static IReadOnlyList<Migration> Embedded { get; } = LoadEmbedded();

    public static int LatestVersion => Embedded[^1].Version;

    /// <summary>Brings the database to <paramref name="targetVersion"/> (default: latest); returns the version reached.</summary>
    public static async Task<int> MigrateAsync(
        SqliteConnection connection, TimeProvider time, IReadOnlyList<Migration> migrations, int? targetVersion,
        CancellationToken cancellationToken)
    {
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var target = targetVersion ?? latest;
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)",
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        using var transaction = connection.BeginTransaction(deferred: false);
        var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT ifnull(max(version), 0) FROM schema_version", transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (current > latest)
        {
            throw new JournalSchemaTooNewException(current, latest);
        }

        foreach (var migration in migrations.Where(m => m.Version > current && m.Version <= target))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_utc) VALUES (@Version, @Name, @At)",
                new { migration.Version, migration.Name, At = JournalFormat.Instant(time.GetUtcNow()) },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            current = migration.Version;
        }

        transaction.Commit();
        return current;
    }

    public static Task<int> CurrentVersionAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT ifnull(max(version), 0) FROM schema_version", cancellationToken: cancellationToken));

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Journal migrations must be numbered 1, 2, 3 ... without gaps; found {migrations[i].Name} at position {i + 1}.");
            }
        }

        return migrations.Count > 0
            ? migrations
            : throw new InvalidOperationException("No journal migrations are embedded in Condor.Engine.");
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var name = resourceName[ResourcePrefix.Length..^".sql".Length];
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
