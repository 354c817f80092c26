using System.Net.Sockets;
using System.Threading.Channels;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Simulation.Gateway;

/// <summary>
/// A thin test-side TWS client over loopback: Condor's client handshake, request encoder and client decoder. Every
/// decoded message is kept in arrival order; <see cref="WaitForAsync{T}"/> waits (with a real short timeout, as a
/// socket is involved) for the next match.
/// </summary>
internal sealed class TestTwsClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly TcpClient _tcp;
    private readonly FrameWriter _writer;
    private readonly Channel<IIncomingMessage> _incoming = Channel.CreateUnbounded<IIncomingMessage>();
    private readonly List<IIncomingMessage> _seen = [];
    private readonly Task _reading;

    private TestTwsClient(TcpClient tcp, FrameReader reader, FrameWriter writer)
    {
        _tcp = tcp;
        _writer = writer;
        _reading = ReadLoopAsync(reader);
    }

    /// <summary>Every message consumed so far by the Wait methods, in order.</summary>
    public IReadOnlyList<IIncomingMessage> Seen => _seen;

    public bool Closed => _reading.IsCompleted;

    public static async Task<TestTwsClient> ConnectAsync(int port, int clientId = 7)
    {
        var client = await ConnectRawAsync(port, clientId);
        await client.WaitForAsync<ManagedAccountsMessage>();
        await client.WaitForAsync<ErrorMessage>(e => e.ErrorCode == 2158);
        return client;
    }

    /// <summary>Handshake and startApi only: waits for nothing the gateway sends after them.</summary>
    public static async Task<TestTwsClient> ConnectRawAsync(int port, int clientId = 7)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(System.Net.IPAddress.Loopback, port);
        var reader = new FrameReader(tcp.GetStream());
        var writer = new FrameWriter(tcp.GetStream());
        using var timeout = new CancellationTokenSource(Timeout);
        await ClientHandshake.RunAsync(reader, writer, clientId, timeout.Token);
        return new TestTwsClient(tcp, reader, writer);
    }

    public Task SendAsync(ITwsRequest request) =>
        _writer.WriteRawAsync(ProtocolEncoder.EncodeFrame(request), CancellationToken.None);

    public Task SendRawAsync(byte[] bytes) => _writer.WriteRawAsync(bytes, CancellationToken.None);

    /// <summary>Consumes messages until one of type <typeparamref name="T"/> matches; fails after the timeout.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool>? match = null)
        where T : IIncomingMessage
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var message = await _incoming.Reader.ReadAsync(timeout.Token);
                _seen.Add(message);
                if (message is T typed && (match is null || match(typed)))
                {
                    return typed;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {typeof(T).Name} arrived; last seen: {string.Join(", ", _seen.TakeLast(8).Select(m => m.GetType().Name))}");
        }
        catch (ChannelClosedException)
        {
            throw new EndOfStreamException($"The gateway closed the connection before a {typeof(T).Name} arrived.");
        }
    }

    /// <summary>Consumes messages up to and including the first <typeparamref name="TEnd"/>; returns those of type <typeparamref name="T"/>.</summary>
    public async Task<IReadOnlyList<T>> CollectUntilAsync<T, TEnd>()
        where T : IIncomingMessage
        where TEnd : IIncomingMessage
    {
        var start = _seen.Count;
        await WaitForAsync<TEnd>();
        return [.. _seen.Skip(start).OfType<T>()];
    }

    /// <summary>Waits until the gateway closes the connection (true) or the timeout passes (false).</summary>
    public async Task<bool> WaitClosedAsync()
    {
        var done = await Task.WhenAny(_reading, Task.Delay(Timeout));
        return done == _reading;
    }

    public async ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        await _reading;
        _writer.Dispose();
    }

    private async Task ReadLoopAsync(FrameReader reader)
    {
        try
        {
            while (await reader.ReadFieldsAsync(CancellationToken.None) is { } fields)
            {
                if (ClientDecoder.Decode(fields) is DecodedMessages decoded)
                {
                    foreach (var message in decoded.Messages)
                    {
                        _incoming.Writer.TryWrite(message);
                    }
                }
                else
                {
                    throw new InvalidDataException("Undecodable gateway frame: " + string.Join("|", fields));
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or NotSupportedException)
        {
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }
}
