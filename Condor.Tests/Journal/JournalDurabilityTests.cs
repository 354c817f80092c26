using Condor.Engine.Journal;
using Dapper;

namespace Condor.Tests.Journal;

public sealed class JournalDurabilityTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Writes_DatabaseHeldByAnotherWriter_FailClosedAndNothingHalfWritten()
    {
        await using var temp = await TempJournal.CreateAsync(busyTimeoutMilliseconds: 100);
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        var intent = new OrderIntent(tradeId, OrderRole.Entry, OrderAction.Buy, "LMT", 1, 5.00m);
        await using var other = await temp.RawConnectionAsync();
        await other.ExecuteAsync("BEGIN IMMEDIATE");

        var error = await Assert.ThrowsAsync<JournalUnavailableException>(() => temp.Journal.RecordOrderIntentAsync(intent, None));
        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        await Assert.ThrowsAsync<JournalUnavailableException>(() => temp.Journal.RecordExecutionAsync(
            new ExecutionReport("locked.1", 77, null, null, 101, false, ExecutionSide.Bought, 1, 0.5m, CondorFixture.EntryTime), None));
        // Readers are not blocked by the writer (WAL): the engine can still see its state.
        Assert.NotNull(await temp.Journal.GetOpenTradeAsync(CondorFixture.Day, None));

        await other.ExecuteAsync("COMMIT");
        var recorded = await temp.Journal.RecordOrderIntentAsync(intent, None);

        Assert.Equal("condor:20260302:entry:1", recorded.OrderRef.ToString());
        Assert.Single(await temp.Journal.GetOrdersAsync(tradeId, None));
        Assert.Equal(0, await other.ExecuteScalarAsync<int>("SELECT count(*) FROM executions"));
    }

    [Fact]
    public async Task OpenAsync_PathIsADirectory_JournalUnavailable()
    {
        await using var temp = TempJournal.CreateUnopened();
        Directory.CreateDirectory(temp.Location.DatabasePath);

        await Assert.ThrowsAsync<JournalUnavailableException>(temp.OpenAsync);
    }

    [Fact]
    public async Task BackupAsync_WhileWriting_CopyIsReadableAndConsistent()
    {
        await using var temp = await TempJournal.CreateAsync();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await temp.Journal.RecordTradeAsync(CondorFixture.Trade(CondorFixture.Day.AddDays(i)), None);
            }
        });

        var backups = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            temp.Time.Advance(TimeSpan.FromSeconds(1));
            backups.Add(await temp.Journal.BackupAsync(None));
        }

        await writer;
        foreach (var backup in backups)
        {
            Assert.StartsWith(temp.Location.BackupFolder, backup, StringComparison.Ordinal);
            await using var copy = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
            await copy.OpenAsync();
            Assert.Equal("ok", await copy.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
            Assert.Equal(SchemaMigrator.LatestVersion, await copy.ExecuteScalarAsync<int>("SELECT max(version) FROM schema_version"));
            var trades = await copy.ExecuteScalarAsync<int>("SELECT count(*) FROM trades");
            Assert.InRange(trades, 0, 40);
            Assert.Equal(trades * 4, await copy.ExecuteScalarAsync<int>("SELECT count(*) FROM legs"));
        }

        Assert.Equal(40, (await temp.Journal.QueryTradesAsync(new TradeQuery(), None)).TotalCount);
    }

    [Fact]
    public async Task BackupAsync_MoreThanConfiguredCopies_DeletesOldest()
    {
        await using var temp = await TempJournal.CreateAsync(backupCopies: 2);
        await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        var made = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            made.Add(await temp.Journal.BackupAsync(None));
            temp.Time.Advance(TimeSpan.FromHours(24));
        }

        var kept = Directory.GetFiles(temp.Location.BackupFolder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(made.TakeLast(2), kept);
        Assert.EndsWith("condor-20260305T140000000Z.db", kept[^1], StringComparison.Ordinal);
    }
}
