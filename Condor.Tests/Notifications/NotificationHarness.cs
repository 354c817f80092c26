using System.Threading.Channels;
using Condor.Engine.Journal;
using Condor.Engine.Notifications;
using Condor.Tests.Journal;
using Condor.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Notifications;

/// <summary>
/// A dispatcher with real channels pointed at a loopback <see cref="RecordingHttpServer"/>, a real journal file and
/// the journal's <see cref="ManualTimeProvider"/>; <see cref="NextOutcomeAsync"/> waits for the next journaled outcome.
/// </summary>
internal sealed class NotificationHarness : IAsyncDisposable
{
    private readonly Channel<NotificationRecord> _outcomes = Channel.CreateUnbounded<NotificationRecord>();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new();
    private Task _run = Task.CompletedTask;

    private NotificationHarness(TempJournal journal, RecordingHttpServer server)
    {
        Journal = journal;
        Server = server;
    }

    public TempJournal Journal { get; }

    public RecordingHttpServer Server { get; }

    public ManualTimeProvider Time => Journal.Time;

    public NotificationDispatcher Dispatcher { get; private set; } = null!;

    public HttpClient Http => _http;

    public static async Task<NotificationHarness> StartAsync(Action<NotificationsOptions, Uri> configure)
    {
        var journal = await TempJournal.CreateAsync();
        var server = await RecordingHttpServer.StartAsync();
        var harness = new NotificationHarness(journal, server);
        var options = new NotificationsOptions();
        configure(options, server.BaseUrl);
        var log = new NotificationJournal(() => journal.Journal, NullLogger.Instance, r => harness._outcomes.Writer.TryWrite(r));
        var channels = NotificationChannels.Create(options, harness._http, journal.Time);
        harness.Dispatcher = new NotificationDispatcher(channels, options, journal.Time, log, NullLogger.Instance);
        harness._run = harness.Dispatcher.RunAsync(harness._stop.Token);
        return harness;
    }

    public async Task<NotificationRecord> NextOutcomeAsync() =>
        await _outcomes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Waits until the sender sleeps on its backoff timer, then moves the clock past it.</summary>
    public async Task AdvanceThroughBackoffAsync(TimeSpan delay)
    {
        await Time.WhenTimersArmedAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Time.Advance(delay);
    }

    /// <summary>The journal's notification rows, oldest first.</summary>
    public async Task<List<(string Channel, string Severity, string Title, bool Success, string? Error)>> JournaledAsync()
    {
        await using var connection = await Journal.RawConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT channel, severity, title, success, error FROM notifications ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string, bool, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1,
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run;
        _stop.Dispose();
        _http.Dispose();
        await Server.DisposeAsync();
        await Journal.DisposeAsync();
    }
}
