using Condor.Engine.Journal;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Condor.Tests.Journal;

public sealed class SchemaMigratorTests
{
    public static TheoryData<int> EarlierVersions()
    {
        var data = new TheoryData<int>();
        foreach (var m in SchemaMigrator.Embedded.Where(m => m.Version < SchemaMigrator.LatestVersion))
        {
            data.Add(m.Version);
        }

        return data;
    }

    [Fact]
    public void Embedded_Migrations_AreNumberedFromOneWithoutGaps()
    {
        var versions = SchemaMigrator.Embedded.Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.True(SchemaMigrator.LatestVersion >= 2);
    }

    [Fact]
    public async Task OpenAsync_EmptyFile_AppliesEveryMigrationWithWalAndForeignKeys()
    {
        await using var temp = await TempJournal.CreateAsync();
        await using var connection = await temp.Database.OpenConnectionAsync(CancellationToken.None);

        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(SchemaMigrator.Embedded.Select(m => m.Version), versions);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal(temp.Options.BusyTimeoutMilliseconds, await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "sessions", "session_keys", "trades", "legs", "orders", "order_status_history", "executions",
            "commissions", "quote_captures", "audit_log", "notifications", "equity_snapshots",
        }, tables);
    }

    [Fact]
    public async Task OpenAsync_Twice_DoesNotReapplyMigrations()
    {
        await using var temp = await TempJournal.CreateAsync();
        await temp.OpenAsync();
        await using var connection = await temp.RawConnectionAsync();
        Assert.Equal(SchemaMigrator.LatestVersion, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_version"));
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public async Task OpenAsync_FromEarlierVersion_MigratesToLatestAndKeepsData(int version)
    {
        await using var temp = TempJournal.CreateUnopened();
        await JournalDatabase.OpenAsync(temp.Location.DatabasePath, temp.Options, temp.Time, SchemaMigrator.Embedded,
            version, CancellationToken.None);
        await using (var raw = await temp.RawConnectionAsync())
        {
            Assert.Equal(version, await raw.ExecuteScalarAsync<int>("SELECT max(version) FROM schema_version"));
            await raw.ExecuteAsync(SeedVersionOneSql);
        }

        await temp.OpenAsync();

        await using (var raw = await temp.RawConnectionAsync())
        {
            Assert.Equal(SchemaMigrator.LatestVersion, await raw.ExecuteScalarAsync<int>("SELECT max(version) FROM schema_version"));
            Assert.Equal(1, await raw.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_trades_mode_date'"));
        }

        var trade = await temp.Journal.GetTradeAsync(1, CancellationToken.None);
        Assert.NotNull(trade);
        Assert.Equal(TradeStatus.Closed, trade.Status);
        Assert.Equal(116.2m, trade.PnlNet);
        Assert.Equal("kept across migrations, with a comma", trade.Notes);
        Assert.Equal(4, trade.Legs.Count);
        var orders = await temp.Journal.GetOrdersAsync(1, CancellationToken.None);
        Assert.Equal("condor:20250102:entry:1", Assert.Single(orders).OrderRef.ToString());
        var page = await temp.Journal.QueryTradesAsync(new TradeQuery { ExitReason = ExitReason.ProfitTarget }, CancellationToken.None);
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task OpenAsync_DatabaseNewerThanCode_RefusesWithClearMessage()
    {
        await using var temp = await TempJournal.CreateAsync();
        await using (var raw = await temp.RawConnectionAsync())
        {
            await raw.ExecuteAsync("INSERT INTO schema_version VALUES (999, '999_future', '2030-01-01T00:00:00.0000000Z')");
        }

        var error = await Assert.ThrowsAsync<JournalSchemaTooNewException>(temp.OpenAsync);
        Assert.Equal(999, error.DatabaseVersion);
        Assert.Equal(SchemaMigrator.LatestVersion, error.CodeVersion);
        Assert.Contains("Refusing to start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_MigrationFails_RollsBackEveryPendingMigration()
    {
        await using var temp = TempJournal.CreateUnopened();
        Migration[] broken = [SchemaMigrator.Embedded[0], new Migration(2, "002_broken", "CREATE TABLE extra (a); SELEKT nonsense;")];

        await Assert.ThrowsAsync<SqliteException>(() => JournalDatabase.OpenAsync(
            temp.Location.DatabasePath, temp.Options, temp.Time, broken, null, CancellationToken.None));

        await using var raw = await temp.RawConnectionAsync();
        Assert.Equal(0, await raw.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_version"));
        Assert.Equal(0, await raw.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('trades', 'extra')"));
    }

    [Fact]
    public async Task Connection_ForeignKeys_RejectLegOfMissingTrade()
    {
        await using var temp = await TempJournal.CreateAsync();
        await using var connection = await temp.Database.OpenConnectionAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync(
            "INSERT INTO legs (trade_id, position, option_right, strike, con_id) VALUES (42, 'LongPut', 'P', '5780', 1)"));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
    }

    // A closed profit-target trade written with the version 1 schema, as an older Condor would have.
    private const string SeedVersionOneSql = """
        INSERT INTO trades (id, session_date, mode, underlying, contracts, multiplier, status, entry_limit, exit_reason,
            notes, created_utc, entry_utc, exit_utc, credit, exit_price, pnl_gross, commissions, pnl_net)
        VALUES (1, '2025-01-02', 'Simulated', 'SPX', 1, 100, 'Closed', '5', 'ProfitTarget',
            'kept across migrations, with a comma', '2025-01-02T14:30:00.0000000Z', '2025-01-02T14:32:00.0000000Z',
            '2025-01-02T15:10:00.0000000Z', '5', '3.75', '125', '8.8', '116.2');
        INSERT INTO legs (trade_id, position, option_right, strike, con_id) VALUES
            (1, 'LongPut', 'P', '5780', 101), (1, 'ShortPut', 'P', '5800', 102),
            (1, 'ShortCall', 'C', '5900', 103), (1, 'LongCall', 'C', '5920', 104);
        INSERT INTO orders (trade_id, mode, order_ref, role, attempt, order_id, action, order_type, quantity,
            status, filled, created_utc, updated_utc)
        VALUES (1, 'Simulated', 'condor:20250102:entry:1', 'Entry', 1, 7, 'Buy', 'LMT', 1, 'Filled', '1',
            '2025-01-02T14:31:00.0000000Z', '2025-01-02T14:32:00.0000000Z');
        """;
}
