namespace Condor.Engine.Tws.Transport;

/// <summary>What the gateway answered to the client's hello.</summary>
/// <param name="ServerVersion">The server version the gateway chose (177).</param>
/// <param name="ConnectionTime">The gateway's connection time text, e.g. <c>20261123 09:31:58 US/Eastern</c>.</param>
internal sealed record HandshakeResult(int ServerVersion, string ConnectionTime);
