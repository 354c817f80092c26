namespace Condor.Web.Dashboard;

/// <summary>One of the eight entry phases: its name, status (Waiting, Running, Done, Failed, Skipped), times and last message.</summary>
public sealed record PhaseStatusView(string Phase, string Status, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string Message);
