namespace Condor.Engine.Notifications.Telegram;

/// <summary>One update from <c>getUpdates</c>: a text message's chat and text, or nothing Condor reads.</summary>
internal sealed record TelegramUpdate(long UpdateId, string? ChatId, string? Text, DateTimeOffset? SentAt);
