using Condor.Engine.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Journal;

/// <summary>
/// Opens the journal (creating the data folder and file, WAL mode, migrations) when the app starts, before
/// it serves anything, and hands it out as the one <see cref="IJournal"/>. A journal that cannot be opened
/// stops the start with a message naming <c>Condor:DataDirectory</c> and the file: the engine fails closed.
/// First it takes the data folder's lock (<see cref="DataFolderLock"/>): a second Condor on the same folder stops here.
/// </summary>
internal sealed partial class JournalStartup(
    IOptions<CondorOptions> condor, IOptions<JournalOptions> options, DataFolderLock folderLock, TimeProvider time, ILogger<JournalStartup> logger)
    : IHostedService
{
    private volatile SqliteJournal? _journal;

    /// <summary>The opened journal; throws before start-up opened it.</summary>
    public IJournal Journal =>
        _journal ?? throw new InvalidOperationException("The journal is opened at start-up and is not open yet (the host has not started).");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_journal is not null)
        {
            return;
        }

        folderLock.Acquire();
        var location = JournalLocation.Resolve(condor.Value, options.Value);
        try
        {
            _journal = await SqliteJournal.OpenAsync(location, options.Value, condor.Value.Mode, time, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is JournalUnavailableException or JournalSchemaTooNewException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{CondorOptions.Section}:{nameof(CondorOptions.DataDirectory)} (value '{condor.Value.DataDirectory}'): " +
                $"the journal {location.DatabasePath} cannot be opened: {e.Message}", e);
        }

        LogOpened(logger, location.DatabasePath, condor.Value.Mode);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Journal open at {Path} (mode {Mode})")]
    private static partial void LogOpened(ILogger logger, string path, TradingMode mode);
}
