using Condor.Engine.Journal;
using Condor.Engine.Notifications.Telegram;

namespace Condor.Engine.Notifications;

/// <summary>
/// The owner's phone commands: <c>/status</c>, <c>/pnl</c>, <c>/pause</c>, <c>/resume</c>, <c>/kill</c> then
/// <c>/kill confirm</c> within <see cref="KillConfirmWindow"/>. Accepted only from the owner's chat id; a message
/// from anyone else gets no answer and is audited. A message sent more than <see cref="StaleAfter"/> before the clock
/// (by its Telegram date) is ignored; the poller also drops the backlog at start-up, which does not depend on the clock
/// (in Simulated mode the clock is the rehearsal clock, so this check is only a second line). Every command is audited with its actor (OwnerBot). One poller calls it.
/// </summary>
internal sealed class OwnerBotCommands(string ownerChatId, OwnerBotBindings engine, Func<IJournal> journal, TimeProvider time)
{
    public const string Pause = "pause";
    public const string Resume = "resume";
    public const string Kill = "kill";

    public static readonly TimeSpan KillConfirmWindow = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private DateTimeOffset? _killRequestedAt;

    /// <summary>The reply for the owner, or null when nothing is to be answered.</summary>
    public async Task<string?> HandleAsync(TelegramUpdate update, CancellationToken cancellationToken)
    {
        if (update.Text is null || update.ChatId is null)
        {
            return null;
        }

        var text = update.Text.Trim();
        if (!text.StartsWith('/'))
        {
            return null;
        }

        if (!string.Equals(update.ChatId, ownerChatId, StringComparison.Ordinal))
        {
            await AuditAsync($"Refused bot command '{Shorten(text)}' from chat {update.ChatId}: not the owner's chat", cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        var now = time.GetUtcNow();
        if (update.SentAt is { } sentAt && now - sentAt > StaleAfter)
        {
            await AuditAsync($"Ignored stale bot command '{Shorten(text)}' sent {sentAt:O}", cancellationToken).ConfigureAwait(false);
            return null;
        }

        var (command, argument) = Parse(text);
        var reply = command switch
        {
            "/status" => engine.Status(),
            "/pnl" => engine.Pnl(),
            "/pause" => await engine.Commands.PostAsync(Pause, AuditActor.OwnerBot, cancellationToken).ConfigureAwait(false),
            "/resume" => await engine.Commands.PostAsync(Resume, AuditActor.OwnerBot, cancellationToken).ConfigureAwait(false),
            "/kill" => await KillAsync(argument, now, cancellationToken).ConfigureAwait(false),
            _ => "Commands: /status /pnl /pause /resume /kill",
        };
        await AuditAsync($"Bot command {text}: {reply}", cancellationToken).ConfigureAwait(false);
        return reply;
    }

    private async Task<string> KillAsync(string argument, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!string.Equals(argument, "confirm", StringComparison.OrdinalIgnoreCase))
        {
            _killRequestedAt = now;
            return $"Kill switch: cancels every order, closes the position and stops trading. Send /kill confirm within {KillConfirmWindow.TotalSeconds:0} s.";
        }

        var requested = _killRequestedAt;
        _killRequestedAt = null;
        if (requested is null || now - requested.Value > KillConfirmWindow)
        {
            return "No kill pending (or it expired): send /kill first.";
        }

        return await engine.Commands.PostAsync(Kill, AuditActor.OwnerBot, cancellationToken).ConfigureAwait(false);
    }

    private static (string Command, string Argument) Parse(string text)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = parts[0].ToLowerInvariant();
        var at = command.IndexOf('@', StringComparison.Ordinal); // "/status@CondorBot" in group chats
        return (at > 0 ? command[..at] : command, parts.Length > 1 ? parts[1] : "");
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] : text;

    private Task AuditAsync(string message, CancellationToken cancellationToken) =>
        journal().AppendAuditAsync(new AuditEntry(AuditActor.OwnerBot, AuditKind.Command, message), cancellationToken);
}
