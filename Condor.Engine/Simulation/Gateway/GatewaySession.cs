using System.Buffers;
using System.Net.Sockets;
using System.Threading.Channels;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// One accepted client: handshake, then a read loop that decodes requests and answers them, and a write loop that
/// sends queued messages in order. Bad input is logged with its bytes in hex and the client is dropped; the
/// gateway carries on. Messages are queued without blocking, so virtual-clock callbacks can send.
/// </summary>
internal sealed partial class GatewaySession : IAsyncDisposable
{
    private readonly SimulatedGateway _gateway;
    private readonly TcpClient _client;
    private readonly Channel<IIncomingMessage> _outgoing;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<int, MarketDataSubscription> _subscriptions = [];
    private readonly object _subscriptionsGate = new();
    private int _sent;
    private int _overflowed;
    private long _lastWrite = Environment.TickCount64;
    private volatile bool _outgoingCompleted;
    private volatile bool _positionsSubscribed;
    private readonly PacingMeter _pacing;

    public GatewaySession(SimulatedGateway gateway, TcpClient client)
    {
        _gateway = gateway;
        _client = client;
        var settings = gateway.Settings;
        _pacing = new PacingMeter(gateway.Market.Options.Scenario.MessageRateLimit ?? settings.MessageRateLimit, settings.PacingViolationSecondsToDisconnect, settings.Wall);
        _outgoing = Channel.CreateBounded<IIncomingMessage>(
            new BoundedChannelOptions(Math.Max(gateway.Settings.OutgoingQueueLimit, gateway.Settings.OutgoingQueueHardLimit)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public int ClientId { get; private set; } = -1;

    public bool IsReady { get; private set; }

    public bool PositionsSubscribed => _positionsSubscribed;

    private ILogger Log => _gateway.Logger;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        var token = linked.Token;
        var stream = _client.GetStream();
        var reader = new FrameReader(stream);
        using var writer = new FrameWriter(stream);
        var writing = Task.CompletedTask;
        try
        {
            var settings = _gateway.Settings;
            using var handshake = CancellationTokenSource.CreateLinkedTokenSource(token);
            handshake.CancelAfter(settings.HandshakeTimeout);
            GatewayHandshakeResult hello;
            try
            {
                hello = await GatewayHandshake.RunAsync(
                        reader,
                        writer,
                        GatewayTime.Format(_gateway.Clock.GetUtcNow()),
                        range => ServerVersionNegotiation.Choose(range, settings.MinServerVersion, settings.MaxServerVersion),
                        handshake.Token)
                    .ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                Log.LogWarning("Simulated gateway: dropping a connection that did not finish the handshake within {Seconds} s", settings.HandshakeTimeout.TotalSeconds);
                return;
            }

            ClientId = hello.ClientId;
            writing = WriteLoopAsync(writer, token);
            if (!_gateway.TryClaimClientId(this))
            {
                // IB: error 326 "client id is already in use", then the connection is closed.
                Send(OrderWire.Error(-1, 326, "Unable to connect as the client id is already in use. Retry with a unique client id."));
                CompleteOutgoing();
                await writing.ConfigureAwait(false);
                return;
            }

            foreach (var message in ConnectMessages.After(_gateway.NextOrderId, settings.Account))
            {
                Send(message);
            }

            IsReady = true;
            await ReadLoopAsync(reader, token).ConfigureAwait(false);
            CompleteOutgoing();
            await writing.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (TwsVersionRefusedException e)
        {
            Log.LogInformation("Simulated gateway: refusing a client: {Reason}", e.Message);
        }
        catch (TwsProtocolException e)
        {
            Log.LogWarning("Simulated gateway: dropping client {ClientId}, it broke the protocol: {Reason}", ClientId, e.Message);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or EndOfStreamException)
        {
            Log.LogInformation("Simulated gateway: client {ClientId} dropped: {Reason}", ClientId, e.Message);
        }
        finally
        {
            Close();
            await ObserveAsync(writing).ConfigureAwait(false);
        }
    }

    private async Task ObserveAsync(Task writing)
    {
        try
        {
            await writing.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            Log.LogDebug("Simulated gateway: writer of client {ClientId} stopped: {Reason}", ClientId, e.Message);
        }
    }

    /// <summary>
    /// Queues a message for this client (never blocks). A client whose queue is full is not keeping up: it is dropped
    /// (once, with a log line) rather than left to grow the queue.
    /// </summary>
    public void Send(IIncomingMessage message)
    {
        if (_outgoingCompleted)
        {
            return;
        }

        var settings = _gateway.Settings;
        var queued = _outgoing.Reader.Count;
        var stalled = queued >= settings.OutgoingQueueLimit
            && Environment.TickCount64 - Volatile.Read(ref _lastWrite) >= (long)settings.SlowClientTimeout.TotalMilliseconds;
        if ((!stalled && _outgoing.Writer.TryWrite(message)) || _outgoingCompleted || Interlocked.Exchange(ref _overflowed, 1) == 1)
        {
            return;
        }

        Log.LogWarning("Simulated gateway: dropping client {ClientId}, it is too slow: {Queued} messages queued and not read", ClientId, queued);
        Close();
    }

    /// <summary>No more messages for this client (what is queued is still written).</summary>
    private void CompleteOutgoing()
    {
        _outgoingCompleted = true;
        _outgoing.Writer.TryComplete();
    }

    /// <summary>Drops the connection (fault injection, shutdown).</summary>
    public void Close()
    {
        IsReady = false;
        _gateway.ReleaseClientId(this);
        CompleteOutgoing();
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        _client.Dispose();
    }

    /// <summary>Streams every subscription's changed ticks at <paramref name="now"/>.</summary>
    public void StreamTicks(DateTimeOffset now)
    {
        MarketDataSubscription[] lines;
        lock (_subscriptionsGate)
        {
            lines = [.. _subscriptions.Values];
        }

        var ticks = new List<IIncomingMessage>(64);
        foreach (var line in lines)
        {
            ticks.Clear();
            line.Ticks(now, ticks);
            foreach (var tick in ticks)
            {
                Send(tick);
            }
        }
    }

    /// <summary>The instant until which none of this session's lines can change, as of their last tick (now when one can).</summary>
    public DateTimeOffset QuietUntil(DateTimeOffset now)
    {
        lock (_subscriptionsGate)
        {
            var until = DateTimeOffset.MaxValue;
            foreach (var line in _subscriptions.Values)
            {
                if (line.QuietUntil <= now)
                {
                    return now;
                }

                until = line.QuietUntil < until ? line.QuietUntil : until;
            }

            return until;
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ReadLoopAsync(FrameReader reader, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            var fields = await reader.ReadFieldsAsync(token).ConfigureAwait(false);
            if (fields is null)
            {
                return;
            }

            switch (GatewayDecoder.Decode(fields))
            {
                case DecodedRequest decoded when _pacing.Next() is var verdict && verdict != PacingVerdict.Admitted:
                    Send(OrderWire.Error(Describe(decoded.Request).Id, 100, "Max rate of messages per second has been exceeded."));
                    if (verdict == PacingVerdict.Disconnect)
                    {
                        Log.LogWarning("Simulated gateway: disconnecting client {ClientId}, it kept exceeding the message rate", ClientId);
                        return;
                    }

                    break;
                case DecodedRequest decoded:
                    Handle(decoded.Request);
                    break;
                case UnknownMessage unknown:
                    Log.LogWarning("Simulated gateway: unknown message id {Id} from client {ClientId}: {Hex}", unknown.MessageId, ClientId, Hex(fields));
                    break;
                case MalformedMessage bad:
                    Log.LogWarning("Simulated gateway: malformed {Id} from client {ClientId} ({Reason}): {Hex}; dropping the client", bad.MessageId, ClientId, bad.Reason, Hex(fields));
                    return;
            }
        }
    }

    /// <summary>Writes queued messages, batching whatever is already queued (up to 64 KB) into one socket write; ticks are written by <see cref="TickFrames"/>.</summary>
    private async Task WriteLoopAsync(FrameWriter writer, CancellationToken token)
    {
        var dropAfter = _gateway.Market.Options.Scenario.DropConnectionAfterMessages;
        var batch = new ArrayBufferWriter<byte>(80 * 1024);
        while (await _outgoing.Reader.WaitToReadAsync(token).ConfigureAwait(false))
        {
            batch.ResetWrittenCount();
            var drop = false;
            while (batch.WrittenCount < 64 * 1024 && !drop && _outgoing.Reader.TryRead(out var message))
            {
                if (!TickFrames.TryWrite(message, batch))
                {
                    batch.Write(ProtocolEncoder.EncodeFrame(message));
                }

                drop = dropAfter is { } limit && Interlocked.Increment(ref _sent) >= limit;
            }

            await writer.WriteRawAsync(batch.WrittenMemory, token).ConfigureAwait(false);
            Volatile.Write(ref _lastWrite, Environment.TickCount64);
            if (drop)
            {
                Log.LogInformation("Simulated gateway: dropping client {ClientId} after {Count} messages (scenario)", ClientId, dropAfter);
                Close();
                return;
            }
        }
    }

    private static string Hex(string[] fields) => HexDump.Format(Tws.Wire.Frame.Encode(fields.Select(f => new string([.. f.Where(c => c is >= ' ' and <= '~')])).ToArray()));
}
