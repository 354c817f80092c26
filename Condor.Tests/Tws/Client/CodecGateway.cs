using System.Net;
using System.Net.Sockets;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Client;

/// <summary>
/// A minimal TWS gateway on a loopback port built on the gateway-side codec: the transport's
/// <see cref="GatewayHandshake"/>, then typed requests in (GatewayDecoder) and typed messages out
/// (ProtocolEncoder, gateway direction). Each accepted client is a <see cref="CodecPeer"/> the test scripts.
/// </summary>
internal sealed class CodecGateway : IAsyncDisposable
{
    public const string ConnectionTime = "20261123 09:31:58 US/Eastern";
    public const string Account = "DU1234567";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<CodecPeer> _peers = [];

    public CodecGateway()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public TwsClientSettings Settings(TimeSpan? requestTimeout = null, int maxLines = TwsClientSettings.DefaultMaxMarketDataLines) =>
        new(
            new TwsConnectionSettings("127.0.0.1", Port, 7, TimeSpan.FromSeconds(5))
            {
                ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
                ReconnectMaxDelay = TimeSpan.FromMilliseconds(100),
            },
            requestTimeout ?? TimeSpan.FromSeconds(10))
        {
            MaxMarketDataLines = maxLines,
        };

    /// <summary>Accepts one client, runs the handshake, then greets it with nextValidId and managedAccounts.</summary>
    public async Task<CodecPeer> AcceptAsync(int nextValidId, CancellationToken cancellationToken, string managedAccounts = Account)
    {
        var peer = await AcceptBareAsync(cancellationToken);
        await peer.SendAsync(new NextValidIdMessage(nextValidId), cancellationToken);
        await peer.SendAsync(new ManagedAccountsMessage(managedAccounts), cancellationToken);
        return peer;
    }

    /// <summary>Accepts one client and runs the handshake, nothing more: the test scripts the greeting.</summary>
    public async Task<CodecPeer> AcceptBareAsync(CancellationToken cancellationToken)
    {
        var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        var peer = new CodecPeer(client);
        lock (_peers)
        {
            _peers.Add(peer);
        }

        peer.Handshake = await GatewayHandshake.RunAsync(
            peer.Reader, peer.Writer, ConnectionTime, HandshakeProtocol.ServerVersion, cancellationToken);
        return peer;
    }

    public ValueTask DisposeAsync()
    {
        _listener.Stop();
        lock (_peers)
        {
            foreach (var peer in _peers)
            {
                peer.Dispose();
            }
        }

        return ValueTask.CompletedTask;
    }
}
