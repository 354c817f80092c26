using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Condor.Engine.Notifications;
using Condor.Engine.Notifications.Telegram;
using Condor.Tests.Journal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Notifications;

/// <summary>The long-polling loop against a loopback Bot API: getUpdates held until an update is scripted, replies by sendMessage.</summary>
public sealed class TelegramCommandPollerTests
{
    private const string Owner = "4242";

    private static string Updates(long id, string chat, string text, DateTimeOffset at) =>
        $$$"""{"ok":true,"result":[{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":{{{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}}},"chat":{"id":{{{chat}}},"type":"private"},"text":"{{{text}}}"}}]}""";

    [Fact]
    public async Task Poller_OwnerAndStranger_OnlyOwnerAnswered_OffsetAdvances()
    {
        await using var journal = await TempJournal.CreateAsync();
        await using var server = await RecordingHttpServer.StartAsync();
        var script = Channel.CreateUnbounded<string>();
        server.Respond = async (request, ct) => request.Query.Contains("offset=-1", StringComparison.Ordinal)
            ? (200, """{"ok":true,"result":[]}""")
            : request.Path.EndsWith("/getUpdates", StringComparison.Ordinal)
                ? (200, await script.Reader.ReadAsync(ct))
                : (200, "{\"ok\":true}");
        using var http = new HttpClient();
        var sink = new RecordingCommandSink();
        var api = new TelegramApi(http, server.BaseUrl, "123:ABC");
        var poller = new TelegramCommandPoller(api, Owner,
            new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time), journal.Time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var run = poller.RunAsync(stop.Token);

        var now = journal.Time.GetUtcNow();
        script.Writer.TryWrite(Updates(7, "999", "/kill", now));
        script.Writer.TryWrite(Updates(8, Owner, "/status", now));
        var requests = new List<RecordedRequest>();
        while (!requests.Any(r => r.Path.EndsWith("/sendMessage", StringComparison.Ordinal)))
        {
            requests.Add(await server.NextAsync());
        }

        await stop.CancelAsync();
        await run;

        var polls = requests.Where(r => r.Path == "/bot123:ABC/getUpdates").Skip(1).ToList();
        Assert.Contains("offset=-1", requests[0].Query, StringComparison.Ordinal);
        Assert.Contains("offset=0", polls[0].Query, StringComparison.Ordinal);
        Assert.Contains("timeout=25", polls[0].Query, StringComparison.Ordinal);
        Assert.Contains("offset=8", polls[1].Query, StringComparison.Ordinal);
        var reply = Assert.Single(requests, r => r.Path.EndsWith("/sendMessage", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(reply.Body);
        Assert.Equal(Owner, json.RootElement.GetProperty("chat_id").GetString());
        Assert.Equal("Status: armed, phase 3", json.RootElement.GetProperty("text").GetString());
        Assert.Empty(sink.Posted);
    }

    [Fact]
    public async Task Poller_ApiFails_WaitsOnTheClockAndPollsAgain()
    {
        await using var journal = await TempJournal.CreateAsync();
        await using var server = await RecordingHttpServer.StartAsync();
        var calls = 0;
        var held = new TaskCompletionSource<(int, string)>();
        server.Respond = (_, ct) => Interlocked.Increment(ref calls) == 1 ? Task.FromResult((502, "bad gateway")) : held.Task.WaitAsync(ct);
        using var http = new HttpClient();
        var sink = new RecordingCommandSink();
        var poller = new TelegramCommandPoller(new TelegramApi(http, server.BaseUrl, "t0ken"), Owner,
            new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time), journal.Time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var run = poller.RunAsync(stop.Token);

        await server.NextAsync();
        await journal.Time.WhenTimersArmedAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(server.Requests);
        journal.Time.Advance(TelegramCommandPoller.ErrorDelay);
        await server.NextAsync();
        await stop.CancelAsync();
        await run;

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Poller_BacklogAtStartUp_SkippedNotExecuted()
    {
        await using var journal = await TempJournal.CreateAsync();
        await using var server = await RecordingHttpServer.StartAsync();
        var held = new TaskCompletionSource<(int, string)>();
        var now = journal.Time.GetUtcNow();
        server.Respond = (request, ct) => request.Query.Contains("offset=-1", StringComparison.Ordinal)
            ? Task.FromResult((200, Updates(41, Owner, "/pause", now)))
            : held.Task.WaitAsync(ct);
        using var http = new HttpClient();
        var sink = new RecordingCommandSink();
        var poller = new TelegramCommandPoller(new TelegramApi(http, server.BaseUrl, "t0ken"), Owner,
            new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time), journal.Time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var run = poller.RunAsync(stop.Token);

        await server.NextAsync();
        var next = await server.NextAsync();
        await stop.CancelAsync();
        await run;

        Assert.Contains("offset=42", next.Query, StringComparison.Ordinal);
        Assert.Empty(sink.Posted);
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/sendMessage", StringComparison.Ordinal));
    }
}
