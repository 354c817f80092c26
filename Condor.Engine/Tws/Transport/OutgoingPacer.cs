using System.Diagnostics.CodeAnalysis;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// The outgoing queue: smooths bursts to at most <see cref="IbMaxMessagesPerSecond"/> messages per sliding
/// window instead of rejecting them, and lets <see cref="MessagePriority.Urgent"/> messages (cancels, global
/// cancel, kill switch) leave before <see cref="MessagePriority.Normal"/> ones, before
/// <see cref="MessagePriority.MarketData"/> ones; FIFO within a priority. Time comes from
/// <see cref="TimeProvider"/>, so the pacing is testable on a virtual clock.
/// </summary>
/// <remarks>
/// IB allows 50 messages per second, measured where the gateway receives them. The default window is one
/// second plus <see cref="DefaultSafetyMargin"/>, so network jitter between us and the gateway cannot make two
/// of our windows look like one of theirs. A burst of 200 thus takes about 3.3 s. One consumer
/// (the connection's writer loop) calls <see cref="DequeueAsync"/>; any number of producers enqueue.
/// </remarks>
internal sealed class OutgoingPacer : IDisposable
{
    /// <summary>IB's limit on client messages per second (DESIGN.md section 4).</summary>
    public const int IbMaxMessagesPerSecond = 50;

    /// <summary>Added to IB's one-second window to absorb jitter between our clock and the gateway's reads.</summary>
    public static readonly TimeSpan DefaultSafetyMargin = TimeSpan.FromMilliseconds(100);

    private readonly TimeProvider _timeProvider;
    private readonly long _origin;
    private readonly SlidingWindowLimiter _limiter;
    private readonly Queue<PacedMessage>[] _queues = [new(), new(), new()];
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Lock _lock = new();
    private long _sequence;

    public OutgoingPacer(TimeProvider timeProvider, int maxMessages = IbMaxMessagesPerSecond, TimeSpan? window = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _origin = timeProvider.GetTimestamp();
        _limiter = new SlidingWindowLimiter(maxMessages, window ?? TimeSpan.FromSeconds(1) + DefaultSafetyMargin);
    }

    /// <summary>Messages waiting (including ones cancelled but not yet skipped).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _queues.Sum(q => q.Count);
            }
        }
    }

    /// <summary>Queues an encoded frame; the returned message's <see cref="PacedMessage.Sent"/> reports its fate.</summary>
    public PacedMessage Enqueue(byte[] frame, MessagePriority priority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        cancellationToken.ThrowIfCancellationRequested();
        // Cancellation is attached before the message is visible to the writer, so once the writer commits it
        // no late registration can cancel a message that is already on the wire.
        var message = new PacedMessage(frame, priority, Interlocked.Increment(ref _sequence));
        message.AttachCancellation(cancellationToken);
        lock (_lock)
        {
            _queues[(int)priority].Enqueue(message);
        }

        _signal.Release();
        return message;
    }

    /// <summary>
    /// Waits until a message is queued and the window allows a send, then returns the highest-priority message
    /// at that moment, committed (the caller must write it, then <see cref="PacedMessage.MarkSent"/> or
    /// <see cref="PacedMessage.Fail"/> it).
    /// </summary>
    public async Task<PacedMessage> DequeueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryDequeue(out var message, out var delay))
            {
                return message;
            }

            if (delay == Timeout.InfiniteTimeSpan)
            {
                await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The synchronous step of <see cref="DequeueAsync"/>: the next message if one may leave now; otherwise
    /// how long until the window allows one (<see cref="Timeout.InfiniteTimeSpan"/> when nothing is queued).
    /// </summary>
    public bool TryDequeue([NotNullWhen(true)] out PacedMessage? message, out TimeSpan delay)
    {
        lock (_lock)
        {
            while (FirstNonEmptyQueue() is { } queue)
            {
                var now = _timeProvider.GetElapsedTime(_origin);
                delay = _limiter.DelayBeforeNext(now);
                if (delay > TimeSpan.Zero)
                {
                    message = null;
                    return false;
                }

                message = queue.Dequeue();
                if (message.TryCommit())
                {
                    _limiter.Record(now);
                    return true;
                }
            }
        }

        message = null;
        delay = Timeout.InfiniteTimeSpan;
        return false;
    }

    /// <summary>Fails every queued message (the connection is gone; stale requests must not leave later).</summary>
    public void FailAll(Exception exception)
    {
        List<PacedMessage> failed = [];
        lock (_lock)
        {
            foreach (var queue in _queues)
            {
                failed.AddRange(queue);
                queue.Clear();
            }
        }

        foreach (var message in failed)
        {
            message.Fail(exception);
        }
    }

    public void Dispose() => _signal.Dispose();

    private Queue<PacedMessage>? FirstNonEmptyQueue()
    {
        foreach (var queue in _queues)
        {
            while (queue.TryPeek(out var head) && head.IsAbandoned)
            {
                queue.Dequeue();
            }

            if (queue.Count > 0)
            {
                return queue;
            }
        }

        return null;
    }
}
