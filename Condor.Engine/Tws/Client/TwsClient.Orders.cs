using System.Collections.Concurrent;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Tws.Client;

/// <summary>Orders: place, whatIf, cancel, global cancel, and the order queries.</summary>
internal sealed partial class TwsClient
{
    /// <summary>Order ids of whatIf requests in flight: their openOrder answers them and is not an order event.</summary>
    private readonly ConcurrentDictionary<int, byte> _whatIfOrders = new();

    /// <summary>execId → order id, so a commissionReport (which carries only the execId) reaches its order.</summary>
    private readonly ConcurrentDictionary<string, int> _executionOrders = new(StringComparer.Ordinal);

    /// <summary>
    /// placeOrder. The order id is the next one from the allocator unless <paramref name="order"/> names one
    /// (a modification re-uses its order's id); an order without an account gets <see cref="TwsClientSettings.Account"/>.
    /// Completes when the gateway acknowledges the order (its first openOrder or orderStatus); later events arrive
    /// on <see cref="SubscribeOrderEvents"/>.
    /// </summary>
    /// <exception cref="TwsRequestException">Order rejected (e.g. 201, with the advanced-reject JSON).</exception>
    /// <exception cref="TwsRequestTimeoutException">No acknowledgement within the request timeout: the order's fate is unknown, reconcile.</exception>
    public async Task<OrderAck> PlaceOrderAsync(Contract contract, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(order);
        if (order.WhatIf)
        {
            throw new ArgumentException("A whatIf order is not placed: use WhatIfAsync.", nameof(order));
        }

        var orderId = order.OrderId > 0 ? order.OrderId : await AllocateOrderIdAsync(cancellationToken).ConfigureAwait(false);
        var request = new PlaceOrderRequest(orderId, contract, WithDefaults(order, orderId));
        return await RequestOneAsync<OrderAck>(orderId, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// placeOrder with whatIf: the margin and commission impact the gateway computes, nothing is placed.
    /// Margins the gateway leaves empty (paper accounts sometimes do) are null, never invented.
    /// </summary>
    /// <exception cref="TwsRequestException">The gateway refused the order (e.g. 201).</exception>
    public async Task<OrderState> WhatIfAsync(Contract contract, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(order);
        var orderId = await AllocateOrderIdAsync(cancellationToken).ConfigureAwait(false);
        var request = new PlaceOrderRequest(orderId, contract, WithDefaults(order, orderId) with { WhatIf = true });
        _whatIfOrders[orderId] = 0;
        try
        {
            return await RequestOneAsync<OrderState>(orderId, request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _whatIfOrders.TryRemove(orderId, out _);
        }
    }

    /// <summary>cancelOrder, ahead of queued market-data requests. Completes when sent; the outcome arrives as order events (202, 10147, 10148).</summary>
    public Task CancelOrderAsync(int orderId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(orderId);
        return SendAsync(new CancelOrderRequest(orderId, string.Empty), orderId, cancellationToken);
    }

    /// <summary>reqGlobalCancel (kill switch): cancels every open order of the account, ahead of everything queued. Completes when sent.</summary>
    public Task GlobalCancelAsync(CancellationToken cancellationToken) => SendAsync(new ReqGlobalCancelRequest(), -1, cancellationToken);

    /// <summary>reqOpenOrders / reqAllOpenOrders: the open orders until openOrderEnd (their statuses arrive as order events).</summary>
    public Task<IReadOnlyList<OpenOrderMessage>> GetOpenOrdersAsync(OpenOrdersScope scope, CancellationToken cancellationToken)
    {
        ITwsRequest request = scope == OpenOrdersScope.AllClients ? new ReqAllOpenOrdersRequest() : new ReqOpenOrdersRequest();
        return OneAtATimeAsync(
            OpenOrderMessage.MessageId, key => RequestListAsync<OpenOrderMessage>(key, request, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// reqAutoOpenOrders (client id 0 only): binds orders placed in TWS to this client. It has no answer of its
    /// own; bound orders arrive as order events. Completes when sent.
    /// </summary>
    public Task BindAutoOpenOrdersAsync(bool autoBind, CancellationToken cancellationToken) =>
        SendAsync(new ReqAutoOpenOrdersRequest(autoBind), -1, cancellationToken);

    /// <summary>reqCompletedOrders: today's filled and cancelled orders until completedOrdersEnd.</summary>
    public Task<IReadOnlyList<CompletedOrderMessage>> GetCompletedOrdersAsync(bool apiOnly, CancellationToken cancellationToken) =>
        OneAtATimeAsync(
            CompletedOrderMessage.MessageId,
            key => RequestListAsync<CompletedOrderMessage>(key, new ReqCompletedOrdersRequest(apiOnly), cancellationToken),
            cancellationToken);

    /// <summary>reqExecutions: today's executions matching the filter until execDetailsEnd (they are not order events).</summary>
    public Task<IReadOnlyList<ExecDetailsMessage>> GetExecutionsAsync(ExecutionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var id = _requestIds.Next();
        return RequestListAsync<ExecDetailsMessage>(id, new ReqExecutionsRequest(id, filter), cancellationToken);
    }

    /// <summary>The next order id; fails fast when not connected, and after the request timeout when the session's nextValidId never came.</summary>
    private async Task<int> AllocateOrderIdAsync(CancellationToken cancellationToken)
    {
        var state = _connection.State;
        if (state != ConnectionState.Connected)
        {
            throw new TwsConnectionLostException("Cannot place an order: the TWS connection is " + state.ToString().ToUpperInvariant() + ".");
        }

        using var timeout = new CancellationTokenSource(_settings.RequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await _connection.OrderIds.AllocateAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TwsRequestTimeoutException(-1, _settings.RequestTimeout);
        }
    }

    private Order WithDefaults(Order order, int orderId) =>
        order with
        {
            OrderId = orderId,
            Account = order.Account.Length > 0 ? order.Account : _settings.Account,
        };

    private void OnOpenOrder(OpenOrderMessage openOrder, DateTimeOffset receivedAt)
    {
        var orderId = openOrder.OrderId;
        if (_whatIfOrders.ContainsKey(orderId) || openOrder.Order.WhatIf)
        {
            if (_pending.IsPending(orderId))
            {
                _pending.Complete(orderId, openOrder.OrderState);
            }

            return; // a whatIf answer is not an order
        }

        Acknowledge(orderId, openOrder.OrderState.Status, receivedAt);
        AddUnnumbered(OpenOrderMessage.MessageId, openOrder);
        _orderEvents.Publish(new OrderEvent(orderId, receivedAt, openOrder));
    }

    private void OnOrderStatus(OrderStatusMessage status, DateTimeOffset receivedAt)
    {
        if (_whatIfOrders.ContainsKey(status.OrderId))
        {
            return;
        }

        Acknowledge(status.OrderId, status.Status, receivedAt);
        _orderEvents.Publish(new OrderEvent(status.OrderId, receivedAt, status));
    }

    private void Acknowledge(int orderId, string status, DateTimeOffset receivedAt)
    {
        if (_pending.IsPending(orderId))
        {
            _pending.Complete(orderId, new OrderAck(orderId, status, receivedAt));
        }
    }

    private void OnExecution(ExecDetailsMessage execution, DateTimeOffset receivedAt)
    {
        _executionOrders[execution.Execution.ExecId] = execution.Execution.OrderId;
        if (execution.ReqId >= 0 && _pending.IsPending(execution.ReqId))
        {
            _pending.AddItem(execution.ReqId, execution);
            return;
        }

        _orderEvents.Publish(new OrderEvent(execution.Execution.OrderId, receivedAt, execution));
    }

    private void OnCommission(CommissionReportMessage commission, DateTimeOffset receivedAt)
    {
        var orderId = _executionOrders.TryGetValue(commission.CommissionReport.ExecId, out var id) ? id : -1;
        _orderEvents.Publish(new OrderEvent(orderId, receivedAt, commission));
    }
}
