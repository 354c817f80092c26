namespace Condor.Engine.Tws.Transport;

/// <summary>One transition of <see cref="TwsConnection.State"/>.</summary>
/// <param name="Previous">State before.</param>
/// <param name="Current">State after.</param>
/// <param name="Reason">Why, for logs and the dashboard (e.g. the protocol violation with its bytes in hex).</param>
/// <param name="At">Local time of the change (from the connection's <see cref="TimeProvider"/>).</param>
internal sealed record ConnectionStateChanged(
    ConnectionState Previous,
    ConnectionState Current,
    string Reason,
    DateTimeOffset At);
