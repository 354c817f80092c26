namespace Condor.Engine.Tws.Transport;

/// <summary>State of the socket session to the gateway.</summary>
internal enum ConnectionState
{
    /// <summary>No session, none being opened (initially, after a failed attempt, or after a requested disconnect).</summary>
    Disconnected = 0,

    /// <summary>TCP connect and handshake in progress.</summary>
    Connecting = 1,

    /// <summary>Handshake done; frames flow both ways.</summary>
    Connected = 2,

    /// <summary>The session ended without being asked to (socket closed, I/O error, protocol violation).</summary>
    Lost = 3,
}
