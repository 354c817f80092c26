using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// Correlates requests with their answers by id, knowing nothing of message layouts. The client layer
/// registers an id before sending (<see cref="Expect{T}"/>, <see cref="ExpectList{T}"/>,
/// <see cref="ExpectStream{T}"/>), and its dispatcher completes entries as decoded frames arrive
/// (<see cref="Complete{T}"/>, <see cref="AddItem{T}"/>, <see cref="End"/>, <see cref="OnGatewayError"/>).
/// Every entry has a timeout (<see cref="TwsRequestTimeoutException"/>) and honours its
/// <see cref="CancellationToken"/>. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Ids: order ids (from <see cref="OrderIdAllocator"/>) and request ids (from
/// <see cref="RequestIdAllocator"/>, a disjoint range) share this registry, as they share the error frame's
/// id field. Requests whose answer carries no id (currentTime, positions, open orders) use
/// <see cref="UnnumberedKey"/>, negative keys the gateway never sends.</para>
/// <para>Timeouts of multi-item answers count from the last progress (each item restarts the timer).</para>
/// <para>When the connection is lost, the client layer calls <see cref="FailAll"/> with a
/// <see cref="TwsConnectionLostException"/>: the outcome of anything in flight is unknown (reconcile).</para>
/// </remarks>
internal sealed class PendingRequests
{
    private readonly ConcurrentDictionary<int, PendingEntry> _entries = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _defaultTimeout;
    private readonly ILogger _logger;

    public PendingRequests(TimeProvider timeProvider, TimeSpan defaultTimeout, ILogger<PendingRequests> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(defaultTimeout, TimeSpan.Zero);
        _timeProvider = timeProvider;
        _defaultTimeout = defaultTimeout;
        _logger = logger;
    }

    public int Count => _entries.Count;

    /// <summary>The key for a request whose answer carries no id, e.g. currentTime (message 49) → -1049.</summary>
    public static int UnnumberedKey(int responseMessageId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(responseMessageId);
        return -1000 - responseMessageId;
    }

    public bool IsPending(int id) => _entries.ContainsKey(id);

    /// <summary>Registers a request answered by one value; the task completes, fails or times out.</summary>
    /// <exception cref="InvalidOperationException">The id is already pending.</exception>
    public Task<T> Expect<T>(int id, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var entry = new PendingSingle<T>(id, timeout ?? _defaultTimeout);
        Register(entry, cancellationToken);
        return entry.Task;
    }

    /// <summary>Registers a request answered by items then an End; the task yields all items.</summary>
    public Task<IReadOnlyList<T>> ExpectList<T>(int id, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var entry = new PendingStream<T>(id, timeout ?? _defaultTimeout);
        Register(entry, cancellationToken);
        return CollectAsync(entry.Items);
    }

    /// <summary>Registers a request answered by items then an End, yielded as they arrive. Abandoning the enumeration withdraws the entry.</summary>
    public IAsyncEnumerable<T> ExpectStream<T>(int id, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var entry = new PendingStream<T>(id, timeout ?? _defaultTimeout);
        Register(entry, cancellationToken);
        return EnumerateAsync(entry, CancellationToken.None);
    }

    /// <summary>Completes a single-answer request; false (logged) when no such request is live.</summary>
    public bool Complete<T>(int id, T value)
    {
        if (Take<PendingSingle<T>>(id) is not { } entry)
        {
            return false;
        }

        entry.Complete(value);
        return true;
    }

    /// <summary>Adds one item of a multi-item answer; false (logged) when no such request is live.</summary>
    public bool AddItem<T>(int id, T item)
    {
        if (!_entries.TryGetValue(id, out var found))
        {
            TransportLog.UnmatchedResponse(_logger, id);
            return false;
        }

        if (found is not PendingStream<T> stream)
        {
            FailMismatch(found, typeof(T));
            return false;
        }

        stream.Add(item);
        return true;
    }

    /// <summary>The End message of a multi-item answer; false (logged) when no such request is live.</summary>
    public bool End(int id)
    {
        if (!_entries.TryGetValue(id, out var found))
        {
            TransportLog.UnmatchedResponse(_logger, id);
            return false;
        }

        if (!found.IsMultiItem)
        {
            FailMismatch(found, typeof(PendingStream<>));
            return false;
        }

        if (!TryRemove(found))
        {
            return false;
        }

        found.End();
        return true;
    }

    /// <summary>
    /// A gateway error frame for <paramref name="id"/>: classified by <see cref="TwsErrorClassifier"/>, logged,
    /// and for request-failed, order-rejected and unknown codes the live request with that id fails with a
    /// <see cref="TwsRequestException"/>. Order events (202, 10147, 10148) and all other classes fail nothing.
    /// </summary>
    public GatewayErrorOutcome OnGatewayError(int id, int code, string message, string advancedOrderRejectJson = "")
    {
        var errorClass = TwsErrorClassifier.Classify(code);
        if (!TwsErrorClassifier.FailsRequest(errorClass))
        {
            TransportLog.GatewayMessage(_logger, LevelOf(errorClass), id, code, errorClass, message);
            return GatewayErrorOutcome.NotAFailure;
        }

        if (_entries.TryGetValue(id, out var entry) && TryRemove(entry))
        {
            TransportLog.GatewayMessage(_logger, LogLevel.Warning, id, code, errorClass, message);
            entry.Fail(new TwsRequestException(id, code, message, errorClass, advancedOrderRejectJson));
            return GatewayErrorOutcome.FailedRequest;
        }

        TransportLog.UnmatchedGatewayError(_logger, id, code, errorClass, message);
        return GatewayErrorOutcome.NoLiveRequest;
    }

    /// <summary>Fails every live request (connection lost, shutting down).</summary>
    public void FailAll(Exception exception)
    {
        foreach (var entry in _entries.Values)
        {
            if (TryRemove(entry))
            {
                entry.Fail(exception);
            }
        }
    }

    private static LogLevel LevelOf(TwsErrorClass errorClass) => errorClass switch
    {
        TwsErrorClass.Informational or TwsErrorClass.OrderEvent => LogLevel.Information,
        _ => LogLevel.Warning,
    };

    private static async Task<IReadOnlyList<T>> CollectAsync<T>(ChannelReader<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items.ReadAllAsync().ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    private async IAsyncEnumerable<T> EnumerateAsync<T>(
        PendingStream<T> entry, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in entry.Items.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            if (TryRemove(entry))
            {
                entry.Cancel(CancellationToken.None);
            }
        }
    }

    private void Register(PendingEntry entry, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_entries.TryAdd(entry.Id, entry))
        {
            throw new InvalidOperationException("A request with id " + entry.Id + " is already pending.");
        }

        entry.Arm(_timeProvider, Expire, Cancelled, cancellationToken);
    }

    private TEntry? Take<TEntry>(int id)
        where TEntry : PendingEntry
    {
        if (!_entries.TryGetValue(id, out var found))
        {
            TransportLog.UnmatchedResponse(_logger, id);
            return null;
        }

        if (found is not TEntry entry)
        {
            FailMismatch(found, typeof(TEntry));
            return null;
        }

        return TryRemove(entry) ? entry : null;
    }

    private void FailMismatch(PendingEntry entry, Type answered)
    {
        if (TryRemove(entry))
        {
            entry.Fail(new InvalidOperationException(
                "Request " + entry.Id + " (" + entry.GetType().Name + ") was answered with " + answered.Name + "."));
        }
    }

    private void Expire(PendingEntry entry)
    {
        if (TryRemove(entry))
        {
            entry.Fail(new TwsRequestTimeoutException(entry.Id, entry.Timeout));
        }
    }

    private void Cancelled(PendingEntry entry, CancellationToken cancellationToken)
    {
        if (TryRemove(entry))
        {
            entry.Cancel(cancellationToken);
        }
    }

    private bool TryRemove(PendingEntry entry) =>
        _entries.TryRemove(new KeyValuePair<int, PendingEntry>(entry.Id, entry));
}
