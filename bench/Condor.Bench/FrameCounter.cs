using System.Buffers.Binary;
using System.Net.Sockets;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Wire;

namespace Condor.Bench;

/// <summary>
/// The benchmark's client side: reads the gateway's frames off the socket and counts them; market-data ticks
/// (tickPrice 1, tickSize 2, tickOptionComputation 21) are only counted, everything else is decoded with Condor's
/// decoder so the benchmark can wait for an order status. Kept this cheap so the figures are the simulator's.
/// </summary>
internal sealed class FrameCounter
{
    private readonly object _gate = new();
    private readonly List<IIncomingMessage> _messages = [];
    private Func<IIncomingMessage, bool>? _waitFor;
    private TaskCompletionSource<IIncomingMessage>? _waiter;
    private long _frames;
    private ulong _hash = 0xCBF29CE484222325UL;

    /// <summary>Frames received (one message each).</summary>
    public long Frames => Interlocked.Read(ref _frames);

    /// <summary>A hash of every byte received after the handshake: equal runs (same seed) give equal hashes.</summary>
    public ulong StreamHash => Volatile.Read(ref _hash);

    public string Describe(int orderId)
    {
        lock (_gate)
        {
            return _messages.OfType<OrderStatusMessage>().LastOrDefault(s => s.OrderId == orderId) is { } s
                ? FormattableString.Invariant($"{s.Status} at {s.AvgFillPrice}")
                : "none";
        }
    }

    /// <summary>The first decoded message (already received or still to come) that matches.</summary>
    public Task<IIncomingMessage> WaitAsync(Func<IIncomingMessage, bool> match, CancellationToken token)
    {
        lock (_gate)
        {
            if (_messages.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            _waitFor = match;
            _waiter = new TaskCompletionSource<IIncomingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiter.Task.WaitAsync(TimeSpan.FromSeconds(300), token);
        }
    }

    public async Task ReadAsync(Stream stream, CancellationToken token)
    {
        var buffer = new byte[1 << 20];
        var filled = 0;
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(filled), token).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                filled += read;
                var offset = 0;
                while (filled - offset >= Frame.HeaderLength)
                {
                    var length = BinaryPrimitives.ReadInt32BigEndian(buffer.AsSpan(offset));
                    if (filled - offset < Frame.HeaderLength + length)
                    {
                        break;
                    }

                    Handle(buffer.AsSpan(offset + Frame.HeaderLength, length));
                    offset += Frame.HeaderLength + length;
                }

                buffer.AsSpan(offset, filled - offset).CopyTo(buffer);
                filled -= offset;
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or OperationCanceledException)
        {
        }
    }

    private void Handle(ReadOnlySpan<byte> body)
    {
        Interlocked.Increment(ref _frames);
        var hash = _hash ^ (ulong)body.Length;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(body);
        foreach (var word in words)
        {
            hash = (hash ^ word) * 0x100000001B3UL;
        }

        foreach (var b in body[(words.Length * 8)..])
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        _hash = hash;
        if (body is [(byte)'1', 0, ..] or [(byte)'2', 0, ..] or [(byte)'2', (byte)'1', 0, ..])
        {
            return;
        }

        if (ClientDecoder.DecodeBody(body) is not DecodedMessages decoded)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var message in decoded.Messages)
            {
                _messages.Add(message);
                if (_waitFor is { } match && match(message))
                {
                    _waitFor = null;
                    _waiter!.TrySetResult(message);
                }
            }
        }
    }
}
