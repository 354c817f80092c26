namespace Condor.Engine.Tws.Transport;

/// <summary>What a client sent during the handshake, as the gateway side saw it.</summary>
/// <param name="VersionRange">The hello's version-range text, e.g. <c>v100..177</c>.</param>
/// <param name="ClientId">The client id of startApi.</param>
/// <param name="OptionalCapabilities">startApi's optional capabilities (usually empty).</param>
internal sealed record GatewayHandshakeResult(string VersionRange, int ClientId, string OptionalCapabilities);
