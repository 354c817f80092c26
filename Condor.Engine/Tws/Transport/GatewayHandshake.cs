using System.Globalization;
using System.Text;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// The gateway side of the handshake (used by the simulator and by test gateways): reads the hello,
/// answers with the server version and connection time, reads startApi.
/// </summary>
internal static class GatewayHandshake
{
    /// <param name="reader">Reader over the accepted client stream.</param>
    /// <param name="writer">Writer over the same stream.</param>
    /// <param name="connectionTime">Text sent as connection time, e.g. <c>20261123 09:31:58 US/Eastern</c>.</param>
    /// <param name="serverVersion">Version to answer; 177 unless a test plays an outdated gateway.</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <returns>The client's announcement and startApi values.</returns>
    /// <exception cref="TwsProtocolException">The client did not speak the TWS handshake.</exception>
    /// <exception cref="EndOfStreamException">The client hung up (e.g. it refused the server version).</exception>
    public static Task<GatewayHandshakeResult> RunAsync(
        FrameReader reader,
        FrameWriter writer,
        string connectionTime,
        int serverVersion,
        CancellationToken cancellationToken) =>
        RunAsync(reader, writer, connectionTime, _ => serverVersion, cancellationToken);

    /// <summary>As above, with the server version chosen from the client's range (null = refuse: the socket is closed unanswered).</summary>
    /// <exception cref="TwsVersionRefusedException">No version of the client's range is served.</exception>
    public static async Task<GatewayHandshakeResult> RunAsync(
        FrameReader reader,
        FrameWriter writer,
        string connectionTime,
        Func<string, int?> chooseVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chooseVersion);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(writer);

        var prefix = await reader.ReadRawAsync(HandshakeProtocol.ApiPrefix.Length, cancellationToken).ConfigureAwait(false);
        if (!prefix.AsSpan().SequenceEqual(HandshakeProtocol.ApiPrefix))
        {
            throw new TwsProtocolException("The client did not start with API\\0: " + HexDump.Format(prefix));
        }

        var block = await reader.ReadBlockAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new EndOfStreamException("The client closed the connection before sending its version range.");
        var versionRange = Encoding.ASCII.GetString(block);
        if (!versionRange.StartsWith('v'))
        {
            throw new TwsProtocolException("The client's version block is not v<min>..<max>: " + HexDump.Format(block));
        }

        var serverVersion = chooseVersion(versionRange)
            ?? throw new TwsVersionRefusedException(versionRange);
        await writer.WriteFieldsAsync(HandshakeProtocol.ConnectAckFields(serverVersion, connectionTime), cancellationToken)
            .ConfigureAwait(false);

        var startApi = await reader.ReadFieldsAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new EndOfStreamException("The client closed the connection after the version reply, before startApi.");
        if (startApi.Length < 3
            || startApi[0] != HandshakeProtocol.StartApiMessageId
            || !int.TryParse(startApi[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var clientId))
        {
            throw new TwsProtocolException("Expected startApi [71, 2, clientId, capabilities]; got [" + string.Join(", ", startApi) + "]");
        }

        return new GatewayHandshakeResult(versionRange, clientId, startApi.Length > 3 ? startApi[3] : "");
    }
}
