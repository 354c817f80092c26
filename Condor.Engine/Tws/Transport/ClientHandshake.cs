using System.Globalization;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// The client side of the handshake: hello (<c>API\0</c> + <c>v100..177</c>), the gateway's version/time
/// reply, then startApi. A server version other than 177 is refused with <see cref="TwsServerVersionException"/>.
/// </summary>
internal static class ClientHandshake
{
    public static async Task<HandshakeResult> RunAsync(
        FrameReader reader,
        FrameWriter writer,
        int clientId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(writer);

        await writer.WriteRawAsync(HandshakeProtocol.ClientHello.ToArray(), cancellationToken).ConfigureAwait(false);

        var reply = await reader.ReadFieldsAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new EndOfStreamException("The gateway closed the connection before answering the TWS handshake.");
        if (reply.Length < 2
            || !int.TryParse(reply[0], NumberStyles.None, CultureInfo.InvariantCulture, out var serverVersion))
        {
            throw new TwsProtocolException(
                "The gateway's handshake reply is not [serverVersion, connectionTime]: [" + string.Join(", ", reply) + "]");
        }

        if (serverVersion != HandshakeProtocol.ServerVersion)
        {
            throw new TwsServerVersionException(serverVersion, HandshakeProtocol.ServerVersion);
        }

        await writer.WriteFieldsAsync(HandshakeProtocol.StartApiFields(clientId), cancellationToken).ConfigureAwait(false);
        return new HandshakeResult(serverVersion, reply[1]);
    }
}
