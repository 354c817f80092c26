using System.Globalization;
using System.Threading.Channels;
using Condor.Engine.Tws.Wire;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Tws.Transport;

/// <summary>
/// The socket to IB Gateway / TWS as frames: connect + handshake, a reader loop feeding <see cref="Incoming"/>,
/// a writer loop draining the <see cref="OutgoingPacer"/>, connection state, reconnect with backoff.
/// Knows no message layouts beyond the handshake and nextValidId (which seeds <see cref="OrderIds"/>).
/// </summary>
/// <remarks>
/// <para>Typical use by a client layer: encode a request, <c>await SendAsync(fields, priority, ct)</c>; a
/// dispatcher loop reads <see cref="Incoming"/>, decodes each frame and completes <see cref="PendingRequests"/>
/// entries; on <see cref="StateChanged"/> to <see cref="ConnectionState.Lost"/> it fails pending requests and
/// later calls <see cref="ReconnectAsync"/>.</para>
/// <para>Backpressure: <see cref="Incoming"/> is one bounded channel for the connection's lifetime
/// (across reconnects), <see cref="TwsConnectionSettings.IncomingCapacity"/> frames. Frames are never dropped:
/// when the consumer falls that far behind, the reader loop waits, stops reading the socket, and TCP flow
/// control holds the gateway. The engine never waits on the socket; only a stalled consumer stalls the reader.</para>
/// </remarks>
internal sealed partial class TwsConnection : IAsyncDisposable
{
    private readonly TwsConnectionSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly OutgoingPacer _pacer;
    private readonly Channel<string[]> _incoming;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private readonly Polly.ResiliencePipeline _reconnectPipeline;
    private TwsSession? _session;
    private CancellationTokenSource? _attempt;
    private ConnectionState _state = ConnectionState.Disconnected;
    private bool _disposed;
    private GatewayRefusal? _refusal;

    public TwsConnection(TwsConnectionSettings settings, TimeProvider timeProvider, ILogger<TwsConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _timeProvider = timeProvider;
        _logger = logger;
        _pacer = new OutgoingPacer(timeProvider, window: settings.PacingWindow);
        _incoming = Channel.CreateBounded<string[]>(new BoundedChannelOptions(settings.IncomingCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _reconnectPipeline = BuildReconnectPipeline();
    }

    /// <summary>Raised on every state change, synchronously on the thread that changed it: keep handlers short.</summary>
    public event EventHandler<ConnectionStateChanged>? StateChanged;

    public ConnectionState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    /// <summary>The current session's handshake result (server version, gateway time), null when not connected.</summary>
    public HandshakeResult? Handshake
    {
        get
        {
            lock (_lock)
            {
                return _session is { Ended: false } session ? session.Handshake : null;
            }
        }
    }

    /// <summary>Every frame received, as fields, in arrival order, across sessions. Completed on dispose.</summary>
    public ChannelReader<string[]> Incoming => _incoming.Reader;

    /// <summary>Order ids, seeded by each session's nextValidId; never reused across reconnects.</summary>
    public OrderIdAllocator OrderIds { get; } = new();

    /// <summary>
    /// The error that ended the current connection attempt (326: client id in use), observed by the reader in frame
    /// order, so it is known before the connection's end is; null when none. Reset by each connect.
    /// </summary>
    public GatewayRefusal? Refusal
    {
        get => Volatile.Read(ref _refusal);
        private set => Volatile.Write(ref _refusal, value);
    }

    /// <summary>
    /// Queues one message for the pacer and completes when its frame is on the socket. Cancelling while it is
    /// still queued withdraws it; once it leaves the queue it is sent regardless.
    /// </summary>
    /// <exception cref="ArgumentException">A field is not printable ASCII (nothing is queued).</exception>
    /// <exception cref="TwsConnectionLostException">Not connected, or the session ended before the frame left.</exception>
    public Task SendAsync(IReadOnlyList<string> fields, MessagePriority priority, CancellationToken cancellationToken)
    {
        var frame = Frame.Encode(fields);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        lock (_lock)
        {
            if (_session is not { Ended: false })
            {
                return Task.FromException(new TwsConnectionLostException(
                    "Cannot send: the TWS connection is " + _state.ToString().ToUpperInvariant() + "."));
            }

            return _pacer.Enqueue(frame, priority, cancellationToken).Sent;
        }
    }

    /// <summary>Connects once (TCP + handshake within <see cref="TwsConnectionSettings.ConnectTimeout"/>).</summary>
    /// <exception cref="TimeoutException">Connect or handshake took longer than the timeout.</exception>
    /// <exception cref="TwsServerVersionException">The gateway is not at server version 177.</exception>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (Handshake is not null)
            {
                throw new InvalidOperationException("The TWS connection is already connected.");
            }

            await EndCurrentSessionAsync("new connection requested").ConfigureAwait(false);
            using var attempt = BeginAttempt(cancellationToken);
            await ConnectOnceAsync(attempt.Token).ConfigureAwait(false);
        }
        finally
        {
            EndAttempt();
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Closes the session on request (state <see cref="ConnectionState.Disconnected"/>); a connect or reconnect
    /// in progress is cancelled first (its task ends in <see cref="OperationCanceledException"/>).
    /// </summary>
    public async Task DisconnectAsync()
    {
        CancelAttempt();
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            await EndCurrentSessionAsync("disconnect requested").ConfigureAwait(false);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        CancelAttempt();
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await EndCurrentSessionAsync("connection disposed").ConfigureAwait(false);
            _incoming.Writer.TryComplete();
            _pacer.Dispose();
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>A cancellation source for one connect / reconnect, cancellable by <see cref="DisconnectAsync"/>.</summary>
    private CancellationTokenSource BeginAttempt(CancellationToken cancellationToken)
    {
        var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_lock)
        {
            _attempt = attempt;
        }

        return attempt;
    }

    private void EndAttempt()
    {
        lock (_lock)
        {
            _attempt = null;
        }
    }

    private void CancelAttempt()
    {
        CancellationTokenSource? attempt;
        lock (_lock)
        {
            attempt = _attempt;
        }

        try
        {
            attempt?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the attempt finished meanwhile
        }
    }

    private void SetState(ConnectionState next, string reason)
    {
        ConnectionState previous;
        lock (_lock)
        {
            previous = _state;
            _state = next;
        }

        TransportLog.StateChanged(_logger, previous, next, reason);
        try
        {
            StateChanged?.Invoke(this, new ConnectionStateChanged(previous, next, reason, _timeProvider.GetUtcNow()));
        }
#pragma warning disable CA1031 // a subscriber's bug must not break the socket loops
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TransportLog.StateHandlerFailed(_logger, ex);
        }
    }

    /// <summary>Ends the session once (whoever comes first); queued messages fail; state becomes <paramref name="next"/>.</summary>
    private void EndSession(TwsSession session, ConnectionState next, string reason)
    {
        lock (_lock)
        {
            if (session.Ended)
            {
                return;
            }

            session.Ended = true;
            _pacer.FailAll(new TwsConnectionLostException("The TWS connection ended before the message was sent: " + reason));
        }

        session.Abort();
        SetState(next, reason);
    }

    private async Task EndCurrentSessionAsync(string reason)
    {
        TwsSession? session;
        lock (_lock)
        {
            session = _session;
            _session = null;
        }

        if (session is null)
        {
            return;
        }

        EndSession(session, ConnectionState.Disconnected, reason);
        await session.Completion.ConfigureAwait(false);
        session.Dispose();
    }

    private static string Describe(TwsConnectionSettings settings) =>
        string.Create(CultureInfo.InvariantCulture, $"{settings.Host}:{settings.Port} (client id {settings.ClientId})");
}
