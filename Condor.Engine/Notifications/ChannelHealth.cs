namespace Condor.Engine.Notifications;

/// <summary>
/// How one channel is doing, for the dashboard: unhealthy after <c>UnhealthyAfterFailures</c> failed deliveries in a
/// row (each after its retries); one success makes it healthy again.
/// </summary>
internal sealed record ChannelHealth(
    string Channel,
    bool Healthy,
    int ConsecutiveFailures,
    int Sent,
    int Failed,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastError);
