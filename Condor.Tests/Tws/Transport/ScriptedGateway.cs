using System.Net;
using System.Net.Sockets;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Transport;

/// <summary>
/// A minimal TWS gateway on a loopback port for socket tests: each accepted client gets the gateway-side
/// handshake, then the test scripts the conversation through a <see cref="GatewayPeer"/>.
/// </summary>
internal sealed class ScriptedGateway : IAsyncDisposable
{
    public const string ConnectionTime = "20261123 09:31:58 US/Eastern";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<IDisposable> _accepted = [];

    public ScriptedGateway()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public TwsConnectionSettings Settings(int clientId = 7) =>
        new("127.0.0.1", Port, clientId, TimeSpan.FromSeconds(5));

    /// <summary>Accepts one client and runs the gateway side of the handshake, answering <paramref name="serverVersion"/>.</summary>
    public async Task<GatewayPeer> AcceptAsync(CancellationToken cancellationToken, int serverVersion = HandshakeProtocol.ServerVersion)
    {
        var client = await AcceptRawAsync(cancellationToken);
        var peer = new GatewayPeer(client);
        peer.Handshake = await GatewayHandshake.RunAsync(peer.Reader, peer.Writer, ConnectionTime, serverVersion, cancellationToken);
        return peer;
    }

    /// <summary>Connects <paramref name="connection"/> to this gateway and returns the gateway's end, handshake done.</summary>
    public async Task<GatewayPeer> ConnectAsync(TwsConnection connection, CancellationToken cancellationToken)
    {
        var connecting = connection.ConnectAsync(cancellationToken);
        var peer = await AcceptAsync(cancellationToken);
        await connecting;
        return peer;
    }

    /// <summary>Accepts one client without any handshake.</summary>
    public async Task<TcpClient> AcceptRawAsync(CancellationToken cancellationToken)
    {
        var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        lock (_accepted)
        {
            _accepted.Add(client);
        }

        return client;
    }

    public ValueTask DisposeAsync()
    {
        _listener.Stop();
        lock (_accepted)
        {
            foreach (var client in _accepted)
            {
                client.Dispose();
            }
        }

        return ValueTask.CompletedTask;
    }
}
