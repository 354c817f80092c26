using Condor.Engine.Journal;
using Condor.Engine.Notifications;
using Condor.Engine.Notifications.Telegram;
using Condor.Tests.Journal;

namespace Condor.Tests.Notifications;

/// <summary>The owner's phone commands: owner-only, the kill confirmation, stale messages, the audit trail.</summary>
public sealed class OwnerBotCommandsTests
{
    private const string Owner = "4242";

    private static TelegramUpdate From(string chat, string text, DateTimeOffset at) => new(1, chat, text, at);

    private static async Task<IReadOnlyList<AuditEntry>> AuditAsync(TempJournal journal) =>
        await journal.Journal.GetAuditAsync(DateTimeOffset.MinValue, 100, CancellationToken.None);

    [Fact]
    public async Task Kill_ConfirmedWithin60Seconds_PostsKillOnceAsOwnerBot()
    {
        await using var journal = await TempJournal.CreateAsync();
        var sink = new RecordingCommandSink();
        var bot = new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time);

        var ask = await bot.HandleAsync(From(Owner, "/kill", journal.Time.GetUtcNow()), CancellationToken.None);
        Assert.Empty(sink.Posted);
        journal.Time.Advance(TimeSpan.FromSeconds(59));
        var done = await bot.HandleAsync(From(Owner, "/kill confirm", journal.Time.GetUtcNow()), CancellationToken.None);
        var again = await bot.HandleAsync(From(Owner, "/kill confirm", journal.Time.GetUtcNow()), CancellationToken.None);

        Assert.Contains("/kill confirm", ask, StringComparison.Ordinal);
        Assert.Equal("kill accepted", done);
        Assert.Equal([("kill", AuditActor.OwnerBot)], sink.Posted);
        Assert.Contains("No kill pending", again, StringComparison.Ordinal);
        var audit = await AuditAsync(journal);
        Assert.All(audit, a => Assert.Equal(AuditActor.OwnerBot, a.Actor));
        Assert.Contains(audit, a => a.Message.Contains("/kill confirm: kill accepted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kill_ConfirmAfter60Seconds_NotPosted()
    {
        await using var journal = await TempJournal.CreateAsync();
        var sink = new RecordingCommandSink();
        var bot = new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time);

        await bot.HandleAsync(From(Owner, "/kill", journal.Time.GetUtcNow()), CancellationToken.None);
        journal.Time.Advance(TimeSpan.FromSeconds(61));
        var reply = await bot.HandleAsync(From(Owner, "/kill confirm", journal.Time.GetUtcNow()), CancellationToken.None);

        Assert.Contains("expired", reply, StringComparison.Ordinal);
        Assert.Empty(sink.Posted);
    }

    [Fact]
    public async Task Commands_FromAnotherChat_IgnoredWithoutReplyAndAudited()
    {
        await using var journal = await TempJournal.CreateAsync();
        var sink = new RecordingCommandSink();
        var bot = new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time);

        var first = await bot.HandleAsync(From("999", "/kill", journal.Time.GetUtcNow()), CancellationToken.None);
        var second = await bot.HandleAsync(From("999", "/kill confirm", journal.Time.GetUtcNow()), CancellationToken.None);
        var third = await bot.HandleAsync(From("999", "/status", journal.Time.GetUtcNow()), CancellationToken.None);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Null(third);
        Assert.Empty(sink.Posted);
        var audit = await AuditAsync(journal);
        Assert.Equal(3, audit.Count(a => a.Message.StartsWith("Refused", StringComparison.Ordinal) && a.Message.Contains("999", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task KillFromStranger_ThenOwnerConfirm_DoesNotKill()
    {
        await using var journal = await TempJournal.CreateAsync();
        var sink = new RecordingCommandSink();
        var bot = new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time);

        await bot.HandleAsync(From("999", "/kill", journal.Time.GetUtcNow()), CancellationToken.None);
        await bot.HandleAsync(From(Owner, "/kill confirm", journal.Time.GetUtcNow()), CancellationToken.None);

        Assert.Empty(sink.Posted);
    }

    [Fact]
    public async Task PauseResumeStatusPnl_PostedOrReadAndAudited()
    {
        await using var journal = await TempJournal.CreateAsync();
        var sink = new RecordingCommandSink();
        var bot = new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time);
        var now = journal.Time.GetUtcNow();

        Assert.Equal("pause accepted", await bot.HandleAsync(From(Owner, "/pause", now), CancellationToken.None));
        Assert.Equal("resume accepted", await bot.HandleAsync(From(Owner, "/Resume@CondorBot", now), CancellationToken.None));
        Assert.Equal("Status: armed, phase 3", await bot.HandleAsync(From(Owner, "/status", now), CancellationToken.None));
        Assert.Equal("P/L: +$12.00", await bot.HandleAsync(From(Owner, "/pnl", now), CancellationToken.None));

        Assert.Equal([("pause", AuditActor.OwnerBot), ("resume", AuditActor.OwnerBot)], sink.Posted);
        Assert.Equal(4, (await AuditAsync(journal)).Count(a => a.Kind == AuditKind.Command && a.Actor == AuditActor.OwnerBot));
    }

    [Fact]
    public async Task Command_OlderThanTwoMinutes_IgnoredAsStale()
    {
        await using var journal = await TempJournal.CreateAsync();
        var sink = new RecordingCommandSink();
        var bot = new OwnerBotCommands(Owner, sink.Bindings(), () => journal.Journal, journal.Time);

        var reply = await bot.HandleAsync(From(Owner, "/pause", journal.Time.GetUtcNow() - TimeSpan.FromMinutes(3)), CancellationToken.None);

        Assert.Null(reply);
        Assert.Empty(sink.Posted);
        Assert.Contains(await AuditAsync(journal), a => a.Message.StartsWith("Ignored stale", StringComparison.Ordinal));
    }
}
