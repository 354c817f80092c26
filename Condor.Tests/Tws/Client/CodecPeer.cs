using System.Net.Sockets;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Client;

/// <summary>The gateway's end of one client connection, speaking typed requests and messages.</summary>
internal sealed class CodecPeer : IDisposable
{
    private readonly TcpClient _client;

    public CodecPeer(TcpClient client)
    {
        _client = client;
        Reader = new FrameReader(client.GetStream());
        Writer = new FrameWriter(client.GetStream());
    }

    public FrameReader Reader { get; }

    public FrameWriter Writer { get; }

    public GatewayHandshakeResult? Handshake { get; set; }

    public Task SendAsync(IIncomingMessage message, CancellationToken cancellationToken) =>
        Writer.WriteFieldsAsync(ProtocolEncoder.Fields(message), cancellationToken);

    public Task SendFieldsAsync(CancellationToken cancellationToken, params string[] fields) =>
        Writer.WriteFieldsAsync(fields, cancellationToken);

    /// <summary>The next request the client sent, decoded by the gateway-side decoder; fails the test if it is not a <typeparamref name="T"/>.</summary>
    public async Task<T> ReceiveAsync<T>(CancellationToken cancellationToken)
        where T : ITwsRequest
    {
        var fields = await Reader.ReadFieldsAsync(cancellationToken) ?? throw new EndOfStreamException("The client closed the connection.");
        var outcome = GatewayDecoder.Decode(fields);
        var decoded = Assert.IsType<DecodedRequest>(outcome);
        return Assert.IsType<T>(decoded.Request);
    }

    public void Dispose()
    {
        _client.Dispose();
        Writer.Dispose();
    }
}
