using System.Net.Sockets;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Transport;

/// <summary>The gateway's end of one accepted client connection.</summary>
internal sealed class GatewayPeer : IDisposable
{
    private readonly TcpClient _client;

    public GatewayPeer(TcpClient client)
    {
        _client = client;
        Reader = new FrameReader(client.GetStream());
        Writer = new FrameWriter(client.GetStream());
    }

    public FrameReader Reader { get; }

    public FrameWriter Writer { get; }

    public GatewayHandshakeResult? Handshake { get; set; }

    public Task SendAsync(CancellationToken cancellationToken, params string[] fields) =>
        Writer.WriteFieldsAsync(fields, cancellationToken);

    public Task SendRawAsync(byte[] bytes, CancellationToken cancellationToken) =>
        Writer.WriteRawAsync(bytes, cancellationToken);

    public async Task<string[]> ReceiveAsync(CancellationToken cancellationToken) =>
        await Reader.ReadFieldsAsync(cancellationToken) ?? throw new EndOfStreamException("The client closed the connection.");

    public void Dispose()
    {
        _client.Dispose();
        Writer.Dispose();
    }
}
