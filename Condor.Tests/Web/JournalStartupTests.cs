using Condor.Engine.Configuration;
using Condor.Engine.Journal;
using Condor.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Condor.Tests.Web;

/// <summary>The journal is opened (folder, file, WAL, migrations) when the app starts, and is the DI's <see cref="IJournal"/>.</summary>
[Collection(WebCollection.Name)]
public sealed class JournalStartupTests
{
    [Fact]
    public async Task StartUp_FreshDataFolder_CreatesJournalInWalModeAndRegistersIt()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        await using var app = AppStartup.Build(new Dictionary<string, string?>(), data);

        await app.StartAsync();
        var journal = app.Services.GetRequiredService<IJournal>();
        var again = app.Services.GetRequiredService<IJournal>();
        var session = new DateOnly(2026, 11, 23);
        var claimed = await journal.TryClaimSessionKeyAsync(session, "start-up-test", CancellationToken.None);
        await app.StopAsync();

        var file = Path.Combine(data, "condor.db");
        Assert.True(File.Exists(file), file);
        Assert.Equal("wal", JournalMode(file));
        Assert.Same(journal, again);
        Assert.Equal(TradingMode.Simulated, journal.Mode);
        Assert.True(claimed);
    }

    [Fact]
    public async Task StartUp_DataDirectoryIsAFile_FailsNamingTheKey()
    {
        using var temp = new TempDirectory();
        var notAFolder = Path.Combine(temp.Path, "occupied");
        await File.WriteAllTextAsync(notAFolder, "not a folder");

        var error = await AppStartup.TryStartAsync(new Dictionary<string, string?> { ["Condor:DataDirectory"] = notAFolder });

        // Found by the start-up validation of the data folder (OptionsValidationException), before the journal opens.
        Assert.NotNull(error);
        Assert.Contains("Condor:DataDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains("journal", error.Message, StringComparison.Ordinal);
    }

    private static string JournalMode(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }
}
