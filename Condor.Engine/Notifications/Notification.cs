namespace Condor.Engine.Notifications;

/// <summary>One message for the owner.</summary>
/// <param name="Severity">Urgent or info: decides the channels and the priority.</param>
/// <param name="Title">One line.</param>
/// <param name="Body">The text.</param>
/// <param name="Key">
/// What makes two alerts "the same" for de-duplication (e.g. <c>exits-missing:2026-12-04</c>); null: title and body.
/// </param>
internal sealed record Notification(NotificationSeverity Severity, string Title, string Body, string? Key = null)
{
    public string DuplicateKey => Key ?? $"{Severity}|{Title}|{Body}";

    public static Notification Urgent(string title, string body, string? key = null) =>
        new(NotificationSeverity.Urgent, title, body, key);

    public static Notification Info(string title, string body, string? key = null) =>
        new(NotificationSeverity.Info, title, body, key);
}
