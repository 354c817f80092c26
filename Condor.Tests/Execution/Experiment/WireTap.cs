using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Condor.Tests.Execution.Experiment;

/// <summary>
/// A loopback TCP relay between a TWS client and a gateway that records the message id (the first field) of every
/// frame the client sends, before forwarding it: the witness that a request did, or did not, reach the gateway.
/// The client's hello ("API\0" and its version block) is forwarded unrecorded.
/// </summary>
internal sealed class WireTap : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly ConcurrentQueue<int> _messageIds = new();
    private readonly ConcurrentBag<TcpClient> _sockets = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private WireTap(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(_stop.Token);
    }

    /// <summary>Where the client connects.</summary>
    public int Port { get; }

    /// <summary>The message ids the client sent so far, in order.</summary>
    public IReadOnlyList<int> MessageIds => [.. _messageIds];

    public static WireTap To(int upstreamPort) => new(upstreamPort);

    public int Count(int messageId) => _messageIds.Count(id => id == messageId);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }

        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopping
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(token);
            var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort, token);
            _sockets.Add(client);
            _sockets.Add(upstream);
            _ = RelayAsync(client.GetStream(), upstream.GetStream(), record: true, token);
            _ = RelayAsync(upstream.GetStream(), client.GetStream(), record: false, token);
        }
    }

    private async Task RelayAsync(NetworkStream from, NetworkStream to, bool record, CancellationToken token)
    {
        var buffer = new byte[64 * 1024];
        var pending = new List<byte>();
        var helloDone = false;
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, token);
                if (read == 0)
                {
                    to.Socket.Shutdown(SocketShutdown.Send);
                    return;
                }

                if (record)
                {
                    pending.AddRange(buffer.AsSpan(0, read).ToArray());
                    helloDone = Record(pending, helloDone);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // a side closed
        }
    }

    /// <summary>Takes every complete frame off <paramref name="pending"/> and records its message id; true once the hello has passed.</summary>
    private bool Record(List<byte> pending, bool helloDone)
    {
        if (!helloDone)
        {
            // "API\0" + a length-prefixed version block.
            if (pending.Count < 8)
            {
                return false;
            }

            var versionLength = BinaryPrimitives.ReadInt32BigEndian(pending.GetRange(4, 4).ToArray());
            if (pending.Count < 8 + versionLength)
            {
                return false;
            }

            pending.RemoveRange(0, 8 + versionLength);
            helloDone = true;
        }

        while (pending.Count >= 4)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(pending.GetRange(0, 4).ToArray());
            if (pending.Count < 4 + length)
            {
                break;
            }

            var body = Encoding.UTF8.GetString(pending.GetRange(4, length).ToArray());
            var first = body.Split('\0')[0];
            if (int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                _messageIds.Enqueue(id);
            }

            pending.RemoveRange(0, 4 + length);
        }

        return helloDone;
    }
}
