using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Broker;

/// <summary>
/// The broker boundary the engine depends on (CONVENTIONS.md "Interfaces only at real boundaries"): implemented
/// by the TWS client (<see cref="TwsClient"/>) for Live, Paper and Simulated; Experiment will put a fill
/// simulator behind the same boundary on real market data. The broker-gateway contract tests run against it.
/// </summary>
/// <remarks>
/// <para>Order identity: an order is its intent, keyed by <c>Order.orderRef</c> and journaled before it is sent.
/// The gateway allocates the order id just before sending (the caller never chooses one: one id is one order),
/// and attaches id and permId to the intent as they become known (<see cref="FindOrder"/>). Order events are
/// correlated by (clientId, orderId) and by permId: <see cref="OrderEvent.OrderRef"/> is null for another
/// client's order. Before its first placement after connecting, the engine reconciles (open orders,
/// executions: every id of ours they carry raises the next id) and reserves the journal's ids
/// (<see cref="ReserveOrderIdsThrough"/> with <c>IJournal.GetHighestOrderIdAsync</c>). After a placement it
/// attaches the id to the journaled intent (<c>IJournal.AttachOrderIdAsync</c>); a crash in between leaves an
/// intent without an id, which reconciliation finds by its orderRef (open orders and executions carry it).</para>
/// <para>Results are typed: a placement is acknowledged, rejected, or unknown (reconcile), never an exception for
/// the gateway's answer; a whatIf has margins or says why not.</para>
/// <para>No global cancel, ever (issue 13): reqGlobalCancel would cancel every order of the account, other clients'
/// and the owner's own included. The kill switch cancels Condor's orders one by one, by their orderRefs.</para>
/// </remarks>
internal interface IBrokerGateway : IAsyncDisposable
{
    ConnectionState State { get; }

    /// <summary>The gateway's accounts (comma-separated), empty before it said.</summary>
    string ManagedAccounts { get; }

    /// <summary>Server version and gateway time of the current session; null when not connected.</summary>
    HandshakeResult? Handshake { get; }

    /// <summary>The gateway's link to IB and its data farms.</summary>
    GatewayHealth Health { get; }

    TwsSubscription<ConnectionStateChanged> SubscribeStateChanges();

    /// <summary>Every order event from now on (raw wire messages), each tagged with the orderRef of our order it is about.</summary>
    TwsSubscription<OrderEvent> SubscribeOrderEvents();

    /// <summary>Typed order events from now on (statuses, executions, commissions, order errors); whatIf answers left out.</summary>
    TwsSubscription<BrokerEvent> SubscribeBrokerEvents();

    /// <summary>Our order a typed event is about (by (clientId, orderId), permId, or the execution); null when not ours.</summary>
    TrackedOrder? OrderOf(BrokerEvent brokerEvent);

    /// <summary>The gateway's local zone (from its connection time); null before the first handshake or when unknown.</summary>
    TimeZoneInfo? GatewayZone { get; }

    /// <summary>Connects; usable once the gateway sent nextValidId. A refused client id (326) fails naming Condor:Broker:ClientId.</summary>
    Task ConnectAsync(CancellationToken cancellationToken);

    Task ReconnectAsync(CancellationToken cancellationToken);

    Task DisconnectAsync(CancellationToken cancellationToken);

    /// <summary>The gateway's clock.</summary>
    Task<DateTimeOffset> RequestCurrentTimeAsync(CancellationToken cancellationToken);

    Task SetMarketDataTypeAsync(int marketDataType, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContractDetails>> GetContractDetailsAsync(Contract contract, CancellationToken cancellationToken);

    Task<IReadOnlyList<SecurityDefinitionOptionParameterMessage>> GetOptionChainParametersAsync(
        string underlyingSymbol, string underlyingSecType, int underlyingConId, CancellationToken cancellationToken);

    Task<TwsSubscription<MarketDataEvent>> SubscribeMarketDataAsync(
        Contract contract, string genericTickList, bool snapshot, CancellationToken cancellationToken);

    /// <summary>Places a new intent (its orderRef new, its OrderId 0); see <see cref="TwsClient.PlaceOrderAsync"/>.</summary>
    Task<OrderPlacement> PlaceOrderAsync(Contract contract, Order order, CancellationToken cancellationToken);

    /// <summary>Modifies one of our orders, named by its orderRef.</summary>
    Task<OrderPlacement> ModifyOrderAsync(string orderRef, Contract contract, Order order, CancellationToken cancellationToken);

    /// <summary>Margins and commission of an order, nothing placed; waits for set margins.</summary>
    Task<WhatIfAnswer> WhatIfAsync(Contract contract, Order order, CancellationToken cancellationToken);

    Task CancelOrderAsync(string orderRef, CancellationToken cancellationToken);

    /// <summary>Our order with that orderRef, with its order id and permId as far as known; null when not ours.</summary>
    TrackedOrder? FindOrder(string orderRef);

    /// <summary>The next order id goes above <paramref name="highestUsedOrderId"/> (the journal's highest).</summary>
    void ReserveOrderIdsThrough(int highestUsedOrderId);

    Task<IReadOnlyList<OpenOrderMessage>> GetOpenOrdersAsync(OpenOrdersScope scope, CancellationToken cancellationToken);

    Task<IReadOnlyList<CompletedOrderMessage>> GetCompletedOrdersAsync(bool apiOnly, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExecDetailsMessage>> GetExecutionsAsync(ExecutionFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<PositionMessage>> GetPositionsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<AccountSummaryMessage>> GetAccountSummaryAsync(IEnumerable<string> tags, CancellationToken cancellationToken);

    Task<TwsSubscription<PnlUpdate>> SubscribePnLAsync(string account, CancellationToken cancellationToken);
}
