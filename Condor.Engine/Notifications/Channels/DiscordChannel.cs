using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Condor.Engine.Notifications.Channels;

/// <summary>
/// Discord webhook: POST JSON with one rich embed (title, description, colour red for urgent / blue for info,
/// timestamp); an urgent alert also carries an <c>@here</c> mention so it pings (Discord docs, "Execute Webhook").
/// </summary>
internal sealed class DiscordChannel(HttpClient http, Uri webhookUrl, TimeProvider time) : INotificationChannel
{
    private const int Red = 0xE74C3C;
    private const int Blue = 0x3498DB;

    public string Name => ChannelNames.Discord;

    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var urgent = notification.Severity == NotificationSeverity.Urgent;
        var payload = new JsonObject
        {
            ["allowed_mentions"] = new JsonObject { ["parse"] = urgent ? new JsonArray("everyone") : new JsonArray() },
            ["embeds"] = new JsonArray(new JsonObject
            {
                ["title"] = notification.Title,
                ["description"] = notification.Body,
                ["color"] = urgent ? Red : Blue,
                ["timestamp"] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            }),
        };
        if (urgent)
        {
            payload["content"] = "@here URGENT";
        }

        using var response = await http.PostAsJsonAsync(webhookUrl, payload, cancellationToken).ConfigureAwait(false);
        await NotificationDeliveryException.ThrowUnlessSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
