using System.Collections.Concurrent;
using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// Condor's typed, async TWS API client (<c>await client.PlaceOrderAsync(...)</c>): joins the codec
/// (<see cref="ClientDecoder"/>, <see cref="ProtocolEncoder"/>) and the transport (<see cref="TwsConnection"/>,
/// <see cref="PendingRequests"/>). One dispatcher loop reads every frame, decodes it and routes it: answers by
/// request id (contract details, option parameters, executions, account summary) or by message kind for the
/// unnumbered ones (currentTime, positions, open and completed orders), order events by order id, ticks by
/// ticker id, errors through <see cref="TwsErrorClassifier"/>.
/// </summary>
/// <remarks>
/// <para>Every method takes a <see cref="CancellationToken"/> last; every request has the timeout of
/// <see cref="TwsClientSettings.RequestTimeout"/> (<c>Condor:Broker:RequestTimeoutSeconds</c>).</para>
/// <para>Connection loss: every pending request fails with <see cref="TwsConnectionLostException"/> (its outcome
/// is unknown: reconcile), snapshots in flight fail the same way, and gateway health is reset. Reconnecting is
/// the caller's decision (<see cref="ReconnectAsync"/>). On every new session order ids continue from where they
/// were (never reused) and the live streaming subscriptions (market data, P&amp;L) are re-sent with their ids;
/// the same happens after a 1101 "connectivity restored, data lost". Consumers see a gap, not an end.</para>
/// <para>Nothing connects at start-up: the engine decides when (<see cref="ConnectAsync"/>).</para>
/// </remarks>
internal sealed partial class TwsClient : IBrokerGateway
{
    private readonly TwsClientSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TwsConnection _connection;
    private readonly PendingRequests _pending;
    private readonly RequestIdAllocator _requestIds = new();
    private readonly Broadcast<ConnectionStateChanged> _stateChanges = new();
    private readonly Broadcast<OrderEvent> _orderEvents = new();
    private readonly OrderIdentities _identities;
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _unnumberedGates = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _dispatcher;
    private int _disposed;

    public TwsClient(IOptions<BrokerOptions> options, IOptions<CondorOptions> condor, TimeProvider timeProvider, ILoggerFactory loggerFactory)
        : this(TwsClientSettings.FromOptions(options?.Value!, condor?.Value.Mode ?? throw new ArgumentNullException(nameof(condor))), timeProvider, loggerFactory)
    {
    }

    public TwsClient(TwsClientSettings settings, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _settings = settings;
        _identities = new OrderIdentities(settings.Connection.ClientId);
        _timeProvider = timeProvider;
        _logger = loggerFactory.CreateLogger<TwsClient>();
        _connection = new TwsConnection(settings.Connection, timeProvider, loggerFactory.CreateLogger<TwsConnection>());
        _pending = new PendingRequests(timeProvider, settings.RequestTimeout, loggerFactory.CreateLogger<PendingRequests>());
        _connection.StateChanged += OnStateChanged;
        _dispatcher = Task.Run(() => DispatchLoopAsync(_stop.Token));
    }

    public ConnectionState State => _connection.State;

    /// <summary>Server version and gateway connection time of the current session; null when not connected.</summary>
    public HandshakeResult? Handshake => _connection.Handshake;

    /// <summary>The gateway's link to IB and its data farms, from the connectivity codes.</summary>
    public GatewayHealth Health { get; } = new();

    /// <summary>The accounts of the last managedAccounts message (comma-separated), empty before one arrived.</summary>
    public string ManagedAccounts { get; private set; } = string.Empty;

    /// <summary>Every connection state change from now on (Connecting, Connected, Lost, Disconnected).</summary>
    public TwsSubscription<ConnectionStateChanged> SubscribeStateChanges() => _stateChanges.Subscribe();

    /// <summary>Every order event from now on: orderStatus, openOrder, unsolicited execDetails, commissionReport, order errors (202...).</summary>
    public TwsSubscription<OrderEvent> SubscribeOrderEvents() => _orderEvents.Subscribe();

    /// <summary>
    /// Connects once: TCP + handshake + startApi, then the session's nextValidId and managedAccounts, all within
    /// the connect timeout.
    /// The gateway's 326 (client id in use) ends the attempt with a <see cref="TwsClientIdInUseException"/> naming
    /// <c>Condor:Broker:ClientId</c>.
    /// </summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        BeginSessionWait();
        await _connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await AwaitSessionReadyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reconnects with exponential backoff (see <see cref="TwsConnection.ReconnectAsync"/>), then waits for nextValidId like <see cref="ConnectAsync"/>; subscriptions are re-sent.</summary>
    public async Task ReconnectAsync(CancellationToken cancellationToken)
    {
        BeginSessionWait();
        await _connection.ReconnectAsync(cancellationToken).ConfigureAwait(false);
        await AwaitSessionReadyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the session; pending requests fail with <see cref="TwsConnectionLostException"/>.</summary>
    public Task DisconnectAsync(CancellationToken cancellationToken) =>
        _connection.DisconnectAsync().WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _connection.StateChanged -= OnStateChanged;
        await _connection.DisposeAsync().ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        await _dispatcher.ConfigureAwait(false);
        _pending.FailAll(new ObjectDisposedException(nameof(TwsClient)));
        GiveUpPlacements("the TWS client was disposed");
        FailStreams(new ObjectDisposedException(nameof(TwsClient)), includeStreaming: true);
        _stateChanges.CompleteAll();
        _orderEvents.CompleteAll();
        _brokerEvents.CompleteAll();
        _stop.Dispose();
        foreach (var gate in _unnumberedGates.Values)
        {
            gate.Dispose();
        }
    }

    /// <summary>
    /// Queues <paramref name="request"/> for the pacer and completes when it is on the socket. A message still
    /// queued after the request timeout is withdrawn and the call fails with <see cref="TwsRequestTimeoutException"/>.
    /// </summary>
    private async Task SendAsync(ITwsRequest request, int id, CancellationToken cancellationToken)
    {
        var fields = ProtocolEncoder.Fields(request);
        using var timeout = new CancellationTokenSource(_settings.RequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _connection.SendAsync(fields, request.Priority, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TwsRequestTimeoutException(id, _settings.RequestTimeout);
        }
    }

    /// <summary>Sends without waiting (cancels after an End, resubscriptions); a failure is logged.</summary>
    private void SendInBackground(ITwsRequest request, string what)
    {
        _ = SendAsync(request, -1, CancellationToken.None).ContinueWith(
            task => ClientLog.BackgroundSendFailed(_logger, what, task.Exception!.GetBaseException().Message),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Registers a multi-item answer under <paramref name="id"/>, sends, and collects the items until the End.</summary>
    private async Task<IReadOnlyList<T>> RequestListAsync<T>(int id, ITwsRequest request, CancellationToken cancellationToken)
    {
        using var withdraw = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var answer = _pending.ExpectList<T>(id, withdraw.Token);
        await SendOrWithdrawAsync(request, id, withdraw, cancellationToken).ConfigureAwait(false);
        return await answer.ConfigureAwait(false);
    }

    /// <summary>Registers a one-value answer under <paramref name="id"/>, sends, and waits for it.</summary>
    private async Task<T> RequestOneAsync<T>(int id, ITwsRequest request, CancellationToken cancellationToken)
    {
        using var withdraw = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var answer = _pending.Expect<T>(id, withdraw.Token);
        await SendOrWithdrawAsync(request, id, withdraw, cancellationToken).ConfigureAwait(false);
        return await answer.ConfigureAwait(false);
    }

    /// <summary>Sends; when sending fails the registered entry is withdrawn (cancelled) and the send's exception propagates.</summary>
    private async Task SendOrWithdrawAsync(ITwsRequest request, int id, CancellationTokenSource withdraw, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(request, id, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await withdraw.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Requests answered without an id share one registry key per kind: one at a time per kind.</summary>
    private async Task<T> OneAtATimeAsync<T>(int responseMessageId, Func<int, Task<T>> request, CancellationToken cancellationToken)
    {
        var gate = _unnumberedGates.GetOrAdd(responseMessageId, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await request(PendingRequests.UnnumberedKey(responseMessageId)).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
