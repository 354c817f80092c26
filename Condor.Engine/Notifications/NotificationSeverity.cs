namespace Condor.Engine.Notifications;

/// <summary>Urgent: the owner must act now (every channel, with priority). Info: news of the day (the chosen channels).</summary>
internal enum NotificationSeverity
{
    Info,
    Urgent,
}
