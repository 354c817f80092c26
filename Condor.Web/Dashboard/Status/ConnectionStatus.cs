namespace Condor.Web.Dashboard;

/// <summary>The broker connection as the engine sees it (state name, why, since when, reconnect attempts).</summary>
public sealed record ConnectionStatus(string State, string Detail, DateTimeOffset Since, int ReconnectAttempts);
