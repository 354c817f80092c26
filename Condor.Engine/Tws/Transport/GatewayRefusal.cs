namespace Condor.Engine.Tws.Transport;

/// <summary>A connection-wide error that ended a connection attempt (e.g. 326, client id in use).</summary>
internal sealed record GatewayRefusal(int Code, string Message);
