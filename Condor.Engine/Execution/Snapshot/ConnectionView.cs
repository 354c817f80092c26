using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>The broker connection as the engine sees it.</summary>
/// <param name="State">Disconnected, connecting, connected or lost.</param>
/// <param name="Detail">Why it is in that state (the last error, the back-off), for the owner.</param>
/// <param name="Since">When it entered that state (the engine's clock).</param>
/// <param name="ReconnectAttempts">Attempts since the connection was last up (0 when connected).</param>
internal sealed record ConnectionView(ConnectionState State, string Detail, DateTimeOffset Since, int ReconnectAttempts)
{
    public bool IsConnected => State == ConnectionState.Connected;
}
