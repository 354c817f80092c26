using System.Net.Sockets;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;
using Condor.Tests.Tws.Transport;

namespace Condor.Tests.Tws.Client;

/// <summary>
/// The gateway's end of one client connection (the transport tests' <see cref="GatewayPeer"/>), speaking typed
/// requests and messages through the gateway-side codec.
/// </summary>
internal sealed class CodecPeer(TcpClient client) : IDisposable
{
    private readonly GatewayPeer _peer = new(client);

    public FrameReader Reader => _peer.Reader;

    public FrameWriter Writer => _peer.Writer;

    public GatewayHandshakeResult? Handshake
    {
        get => _peer.Handshake;
        set => _peer.Handshake = value;
    }

    public Task SendAsync(IIncomingMessage message, CancellationToken cancellationToken) =>
        _peer.SendAsync(cancellationToken, [.. ProtocolEncoder.Fields(message)]);

    public Task SendFieldsAsync(CancellationToken cancellationToken, params string[] fields) =>
        _peer.SendAsync(cancellationToken, fields);

    /// <summary>The next request the client sent, decoded by the gateway-side decoder; fails the test if it is not a <typeparamref name="T"/>.</summary>
    public async Task<T> ReceiveAsync<T>(CancellationToken cancellationToken)
        where T : ITwsRequest
    {
        var outcome = GatewayDecoder.Decode(await _peer.ReceiveAsync(cancellationToken));
        var decoded = Assert.IsType<DecodedRequest>(outcome);
        return Assert.IsType<T>(decoded.Request);
    }

    public void Dispose() => _peer.Dispose();
}
