using Condor.Engine.Broker;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// Experiment mode's broker boundary (DESIGN.md section 2): a decorator over the real gateway (the TWS client)
/// that passes through the connection, its state and health, contract details, option-chain parameters, market
/// data, the gateway's time, the account summary and P&amp;L, and keeps every order to itself: placeOrder,
/// modification, cancelOrder, reqGlobalCancel and whatIf never reach the real gateway. Its orders are worked by
/// an <see cref="ExperimentBook"/>: the simulator's seeded <see cref="FillModel"/> on the legs' real quotes
/// (<see cref="LegFeeds"/>) decides when a limit fills (the chase), when a stop triggers (by its trigger method)
/// and when a goodAfterTime market order fills, evaluated once per second of the given <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// <para>Reports: the same TWS messages a gateway sends (openOrder, orderStatus, execDetails, commissionReport,
/// 202 ...), on <see cref="SubscribeOrderEvents"/>, and through the one mapping layer as typed
/// <see cref="BrokerEvent"/>s on <see cref="SubscribeBrokerEvents"/>, with the order ids and permIds of
/// <see cref="ExperimentIds"/> and execution ids starting with "exp". The real gateway's own order events are not
/// forwarded: the experiment's order world is its own (the real account's orders belong to another client).</para>
/// <para>Queries: open orders (both scopes), completed orders, executions (with their commission reports as order
/// events, as a gateway sends them) and positions answer the experiment's own orders, fills and holdings, so the
/// engine's pre-entry check and reconciliation see what the experiment did and never the real account's
/// positions. The account summary and P&amp;L are the real account's (sizing by net liquidation reads real figures;
/// the experiment's fills do not change them).</para>
/// <para>Evaluation: every second (the fill model's slot) with a working order, the gateway makes one round trip
/// to the real gateway (currentTime), so every tick sent before it has been delivered, folds the legs' ticks, and
/// evaluates each working order at that second. The same seed, the same quotes and the same orders give the same
/// fills. While the real gateway is not connected nothing is evaluated (no quotes, no fills).</para>
/// </remarks>
internal sealed partial class ExperimentGateway : IBrokerGateway
{
    /// <summary>The conId a gateway gives every combo (BAG) it echoes back and executes (IB's, as the simulator's).</summary>
    public const int ComboConId = 28812380;

    private readonly IBrokerGateway _inner;
    private readonly bool _ownsInner;
    private readonly ExperimentSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ExchangeCalendar _calendar;
    private readonly ExperimentBook _book;
    private readonly LegFeeds _feeds;
    private readonly ExperimentIds _ids = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _identityLock = new();
    private readonly Dictionary<string, TrackedOrder> _byRef = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _byOrderId = [];
    private readonly Dictionary<long, string> _byPermId = [];
    private readonly Dictionary<string, string> _byExecId = new(StringComparer.Ordinal);
    private readonly Dictionary<(Underlying, bool), FillModel> _fillModels = [];
    private readonly Broadcast<OrderEvent> _orderEvents = new();
    private readonly Broadcast<BrokerEvent> _brokerEvents = new();
    private int _disposed;

    /// <param name="inner">The real gateway (the TWS client).</param>
    /// <param name="settings">Client id, account, seed and commission.</param>
    /// <param name="timeProvider">The one clock: evaluations, arrival and execution times.</param>
    /// <param name="logger">Where refused lines and failed evaluations are logged.</param>
    /// <param name="calendar">For when expiring legs stop trading (the session's close); the default calendar when null.</param>
    /// <param name="ownsInner">Dispose <paramref name="inner"/> with this (false when the container owns it).</param>
    public ExperimentGateway(IBrokerGateway inner, ExperimentSettings settings, TimeProvider timeProvider, ILogger<ExperimentGateway> logger, ExchangeCalendar? calendar = null, bool ownsInner = false)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        settings.Fills.Validate();
        _inner = inner;
        _ownsInner = ownsInner;
        _settings = settings;
        _time = timeProvider;
        _logger = logger;
        _calendar = calendar ?? ExchangeCalendar.Default;
        _book = new ExperimentBook(settings.ClientId, settings.CommissionPerContract);
        _feeds = new LegFeeds(inner, timeProvider, logger);
        _evaluations = StartEvaluations();
    }

    /// <summary>The real gateway it decorates.</summary>
    internal IBrokerGateway Inner => _inner;

    /// <summary>The market-data lines the experiment holds for its legs.</summary>
    internal int LegLines => _feeds.Subscribed.Count;

    public ConnectionState State => _inner.State;

    public string ManagedAccounts => _inner.ManagedAccounts;

    public HandshakeResult? Handshake => _inner.Handshake;

    public GatewayHealth Health => _inner.Health;

    public TimeZoneInfo? GatewayZone => _inner.GatewayZone;

    public TwsSubscription<ConnectionStateChanged> SubscribeStateChanges() => _inner.SubscribeStateChanges();

    /// <summary>The experiment's order events (raw TWS messages, as a gateway would send them); the real gateway's are not forwarded.</summary>
    public TwsSubscription<OrderEvent> SubscribeOrderEvents() => _orderEvents.Subscribe();

    /// <summary>The experiment's typed order events: statuses, executions, commissions, order errors.</summary>
    public TwsSubscription<BrokerEvent> SubscribeBrokerEvents() => _brokerEvents.Subscribe();

    public TrackedOrder? OrderOf(BrokerEvent brokerEvent)
    {
        ArgumentNullException.ThrowIfNull(brokerEvent);
        lock (_identityLock)
        {
            var orderRef = brokerEvent switch
            {
                OrderStatusChanged s => Resolve(s.ClientId, s.OrderId, s.PermId),
                OrderExecuted e => Resolve(e.ClientId, e.OrderId, e.PermId),
                OrderErrorReported e => Resolve(null, e.OrderId, null),
                CommissionReported c => _byExecId.GetValueOrDefault(c.ExecId),
                _ => null,
            };
            return orderRef is null ? null : _byRef.GetValueOrDefault(orderRef);
        }
    }

    public Task ConnectAsync(CancellationToken cancellationToken) => _inner.ConnectAsync(cancellationToken);

    public Task ReconnectAsync(CancellationToken cancellationToken) => _inner.ReconnectAsync(cancellationToken);

    public Task DisconnectAsync(CancellationToken cancellationToken) => _inner.DisconnectAsync(cancellationToken);

    public Task<DateTimeOffset> RequestCurrentTimeAsync(CancellationToken cancellationToken) => _inner.RequestCurrentTimeAsync(cancellationToken);

    public Task SetMarketDataTypeAsync(int marketDataType, CancellationToken cancellationToken) => _inner.SetMarketDataTypeAsync(marketDataType, cancellationToken);

    public Task<IReadOnlyList<ContractDetails>> GetContractDetailsAsync(Contract contract, CancellationToken cancellationToken) =>
        _inner.GetContractDetailsAsync(contract, cancellationToken);

    public Task<IReadOnlyList<SecurityDefinitionOptionParameterMessage>> GetOptionChainParametersAsync(
        string underlyingSymbol, string underlyingSecType, int underlyingConId, CancellationToken cancellationToken) =>
        _inner.GetOptionChainParametersAsync(underlyingSymbol, underlyingSecType, underlyingConId, cancellationToken);

    public Task<TwsSubscription<MarketDataEvent>> SubscribeMarketDataAsync(Contract contract, string genericTickList, bool snapshot, CancellationToken cancellationToken) =>
        _inner.SubscribeMarketDataAsync(contract, genericTickList, snapshot, cancellationToken);

    /// <summary>The real account's summary (the experiment's fills do not change it).</summary>
    public Task<IReadOnlyList<AccountSummaryMessage>> GetAccountSummaryAsync(IEnumerable<string> tags, CancellationToken cancellationToken) =>
        _inner.GetAccountSummaryAsync(tags, cancellationToken);

    /// <summary>The real account's P&amp;L (the experiment's fills do not change it).</summary>
    public Task<TwsSubscription<PnlUpdate>> SubscribePnLAsync(string account, CancellationToken cancellationToken) =>
        _inner.SubscribePnLAsync(account, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopEvaluationsAsync().ConfigureAwait(false);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await _feeds.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        _orderEvents.CompleteAll();
        _brokerEvents.CompleteAll();
        if (_ownsInner)
        {
            await _inner.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    /// <summary>The orderRef of our order an event is about (by our client id and order id, or our permId); null otherwise.</summary>
    private string? Resolve(int? clientId, int orderId, long? permId)
    {
        if (permId is { } perm && _byPermId.TryGetValue(perm, out var byPerm))
        {
            return byPerm;
        }

        return (clientId is null || clientId == _settings.ClientId) && _byOrderId.TryGetValue(orderId, out var byId) ? byId : null;
    }

    /// <summary>Reports the book's messages on both streams, as the TWS client reports a gateway's (one mapping layer).</summary>
    private void Publish(IEnumerable<IIncomingMessage> messages, DateTimeOffset at)
    {
        foreach (var message in messages)
        {
            Publish(message, at);
        }
    }

    private void Publish(IIncomingMessage message, DateTimeOffset at)
    {
        string? orderRef;
        int orderId;
        int? clientId = null;
        lock (_identityLock)
        {
            switch (message)
            {
                case OrderStatusMessage s:
                    (orderId, clientId, orderRef) = (s.OrderId, s.ClientId, Resolve(s.ClientId, s.OrderId, s.PermId));
                    break;
                case OpenOrderMessage o:
                    (orderId, clientId, orderRef) = (o.OrderId, o.Order.ClientId, Resolve(o.Order.ClientId, o.OrderId, o.Order.PermId));
                    break;
                case ExecDetailsMessage e:
                    (orderId, clientId, orderRef) = (e.Execution.OrderId, e.Execution.ClientId, Resolve(e.Execution.ClientId, e.Execution.OrderId, e.Execution.PermId));
                    if (orderRef is not null)
                    {
                        _byExecId[e.Execution.ExecId] = orderRef;
                    }

                    break;
                case CommissionReportMessage c:
                    orderRef = _byExecId.GetValueOrDefault(c.CommissionReport.ExecId);
                    orderId = orderRef is not null && _byRef[orderRef].OrderId is { } id ? id : -1;
                    break;
                case ErrorMessage e:
                    (orderId, orderRef) = (e.Id, Resolve(null, e.Id, null));
                    break;
                default:
                    return;
            }
        }

        _orderEvents.Publish(new OrderEvent(orderId, at, message) { OrderRef = orderRef, ClientId = clientId });
        BrokerEvent? typed = message switch
        {
            ErrorMessage error => AccountMapping.MapOrderError(error, at),
            OpenOrderMessage => null,
            _ => BrokerEventMapping.Map(message, at, GatewayZone ?? ExchangeTime.NewYork),
        };
        if (typed is not null)
        {
            _brokerEvents.Publish(typed);
        }
    }

    /// <summary>The account the experiment's reports name: Condor:Broker:Account, else the gateway's only account.</summary>
    private string Account()
    {
        if (_settings.ConfiguredAccount.Length > 0)
        {
            return _settings.ConfiguredAccount;
        }

        var managed = ManagedAccounts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return managed.Length == 1 ? managed[0] : string.Empty;
    }

    /// <summary>One fill model per underlying and kind (a BAG's prices on the combo tick, a single option's on the leg tick).</summary>
    private FillModel FillModelFor(Underlying underlying, bool isCombo)
    {
        if (!_fillModels.TryGetValue((underlying, isCombo), out var model))
        {
            var contract = IndexOptionContract.For(underlying);
            model = new FillModel(_settings.Seed, _settings.Fills, SimulationScenario.None, isCombo ? contract.ComboTick : contract.LegTick);
            _fillModels[(underlying, isCombo)] = model;
        }

        return model;
    }
}
