using System.Globalization;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// Order ids for placeOrder: the next id is the highest of the gateway's nextValidId and every used id plus one
/// (<see cref="ObserveUsed"/>: ids of this client's open orders, executions, the journal), handed out
/// monotonically, never reused — not even across reconnects. Every nextValidId (each session sends one) raises
/// the next id to <c>max(next, received)</c>; it never goes backwards. Thread-safe.
/// </summary>
/// <remarks>
/// After a new session starts (<see cref="BeginSession"/>), <see cref="AllocateAsync"/> waits for that
/// session's nextValidId: another client may have used ids meanwhile, and only the gateway knows.
/// </remarks>
internal sealed class OrderIdAllocator
{
    private readonly Lock _lock = new();
    private long _next = -1;
    private TaskCompletionSource _seeded = NewSeedSource();

    /// <summary>The id the next allocation would return, or null before any nextValidId.</summary>
    public int? PeekNext
    {
        get
        {
            lock (_lock)
            {
                return _next < 0 ? null : (int)_next;
            }
        }
    }

    /// <summary>A new session began: allocations wait for its nextValidId.</summary>
    public void BeginSession()
    {
        lock (_lock)
        {
            if (_seeded.Task.IsCompleted)
            {
                _seeded = NewSeedSource();
            }
        }
    }

    /// <summary>The gateway's nextValidId: raises the next id to at least <paramref name="nextValidId"/>.</summary>
    public void Observe(int nextValidId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nextValidId);
        TaskCompletionSource seeded;
        lock (_lock)
        {
            _next = Math.Max(_next, nextValidId);
            seeded = _seeded;
        }

        seeded.TrySetResult();
    }

    /// <summary>
    /// An order id already used by this client (seen in an open order, an execution, or the journal): the next
    /// id goes above it. IB rejects (103) an id not above every id it has seen for the client, and a gateway's
    /// nextValidId can lag after its restart. Never lowers the next id.
    /// </summary>
    public void ObserveUsed(int orderId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(orderId);
        lock (_lock)
        {
            _next = Math.Max(_next, (long)orderId + 1);
        }
    }

    /// <summary>Completes when the current session's nextValidId has arrived.</summary>
    public Task WaitSeededAsync(CancellationToken cancellationToken)
    {
        Task seeded;
        lock (_lock)
        {
            seeded = _seeded.Task;
        }

        return seeded.WaitAsync(cancellationToken);
    }

    /// <summary>Next order id, once the current session's nextValidId has arrived.</summary>
    public async Task<int> AllocateAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task seeded;
            lock (_lock)
            {
                seeded = _seeded.Task;
                if (seeded.IsCompleted)
                {
                    if (_next >= RequestIdAllocator.FirstId)
                    {
                        throw new InvalidOperationException(
                            "Order ids reached the request-id range (" + RequestIdAllocator.FirstId.ToString(CultureInfo.InvariantCulture)
                            + "): errors could no longer be told apart; refusing to allocate.");
                    }

                    return (int)_next++;
                }
            }

            await seeded.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSeedSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
