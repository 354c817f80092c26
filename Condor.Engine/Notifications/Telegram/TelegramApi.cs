using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Condor.Engine.Notifications.Telegram;

/// <summary>
/// The two Bot API methods Condor uses (core.telegram.org/bots/api): <c>sendMessage</c> and <c>getUpdates</c>
/// (long polling: no inbound port). The token is in the URL path, so this class never logs a URL.
/// </summary>
internal sealed class TelegramApi(HttpClient http, Uri apiUrl, string token)
{
    public async Task SendMessageAsync(string chatId, string text, bool silent, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["chat_id"] = chatId,
            ["text"] = text,
            ["disable_notification"] = silent,
        };
        using var response = await http.PostAsJsonAsync(Method("sendMessage"), payload, cancellationToken).ConfigureAwait(false);
        await NotificationDeliveryException.ThrowUnlessSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Updates after <paramref name="offset"/>, waiting up to <paramref name="timeoutSeconds"/> at the server.</summary>
    public async Task<IReadOnlyList<TelegramUpdate>> GetUpdatesAsync(long offset, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var uri = Method($"getUpdates?offset={offset}&timeout={timeoutSeconds}&allowed_updates=%5B%22message%22%5D");
        using var response = await http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
        await NotificationDeliveryException.ThrowUnlessSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var updates = new List<TelegramUpdate>();
        if (!document.RootElement.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
        {
            return updates;
        }

        foreach (var update in result.EnumerateArray())
        {
            var id = update.GetProperty("update_id").GetInt64();
            if (update.TryGetProperty("message", out var message)
                && message.TryGetProperty("chat", out var chat)
                && message.TryGetProperty("text", out var text))
            {
                var date = message.TryGetProperty("date", out var d) ? DateTimeOffset.FromUnixTimeSeconds(d.GetInt64()) : (DateTimeOffset?)null;
                updates.Add(new TelegramUpdate(id, chat.GetProperty("id").GetRawText(), text.GetString() ?? "", date));
            }
            else
            {
                updates.Add(new TelegramUpdate(id, null, null, null));
            }
        }

        return updates;
    }

    private Uri Method(string pathAndQuery) => new($"{apiUrl.ToString().TrimEnd('/')}/bot{token}/{pathAndQuery}");
}
