using System.Collections.Concurrent;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// Orders: place (keyed by orderRef, the order id allocated just before sending), modify, cancel, global cancel.
/// The caller never chooses an order id: one id is one order.
/// </summary>
internal sealed partial class TwsClient
{
    /// <summary>Placements and modifications waiting for their answer, by order id.</summary>
    private readonly ConcurrentDictionary<int, PlacementWait> _placements = new();

    /// <summary>
    /// placeOrder for a new intent. <paramref name="order"/>'s OrderRef is the intent's key (journal it first); it
    /// must be new to this client, and OrderId must be 0: the client allocates the id just before sending and
    /// attaches it to the intent (<see cref="FindOrder"/>). The account guard picks the account (<see cref="AccountGuard"/>).
    /// A goodAfterTime must name its zone (<see cref="GoodAfterTime"/>).
    /// </summary>
    /// <returns>Acknowledged, Rejected (a code the classifier knows), or Unknown (reconcile): never an exception for the gateway's answer.</returns>
    /// <exception cref="TwsAccountRefusedException">The account guard refused; nothing was sent.</exception>
    /// <exception cref="TwsConnectionLostException">Not connected; nothing was sent.</exception>
    public async Task<OrderPlacement> PlaceOrderAsync(Contract contract, Order order, CancellationToken cancellationToken)
    {
        var prepared = Prepare(contract, order);
        if (order.OrderId != 0)
        {
            throw new ArgumentException("The client allocates order ids: OrderId must be 0 (modify an order with ModifyOrderAsync).", nameof(order));
        }

        if (!_identities.TryRegister(order.OrderRef))
        {
            throw new ArgumentException($"orderRef '{order.OrderRef}' already names one of this client's orders: one intent, one order.", nameof(order));
        }

        int orderId;
        try
        {
            orderId = await AllocateOrderIdAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _identities.ForgetUnsent(order.OrderRef);
            throw;
        }

        _identities.AttachOrderId(order.OrderRef, orderId);
        return await SendPlacementAsync(contract, prepared with { OrderId = orderId }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// placeOrder again with the id of an order this client placed (IB treats that as a modification). The
    /// result is that of the modification: Rejected (e.g. 104, 105) leaves the order as it was.
    /// </summary>
    public async Task<OrderPlacement> ModifyOrderAsync(string orderRef, Contract contract, Order order, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderRef);
        var prepared = Prepare(contract, order);
        if (_identities.Find(orderRef) is not { OrderId: { } orderId })
        {
            throw new ArgumentException($"orderRef '{orderRef}' is not an order this client placed.", nameof(orderRef));
        }

        return await SendPlacementAsync(contract, prepared with { OrderId = orderId, OrderRef = orderRef }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>This client's order with that orderRef (its order id and permId as far as known); null when it is not ours.</summary>
    public TrackedOrder? FindOrder(string orderRef) => _identities.Find(orderRef);

    /// <summary>Raises the next order id above <paramref name="highestUsedOrderId"/> (e.g. the journal's highest id).</summary>
    public void ReserveOrderIdsThrough(int highestUsedOrderId) => _connection.OrderIds.ObserveUsed(highestUsedOrderId);

    /// <summary>cancelOrder for one of this client's orders, ahead of queued market-data requests. Completes when sent; the outcome arrives as order events (202, 10147, 10148).</summary>
    public Task CancelOrderAsync(string orderRef, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderRef);
        if (_identities.Find(orderRef) is not { OrderId: { } orderId })
        {
            throw new ArgumentException($"orderRef '{orderRef}' is not an order this client placed.", nameof(orderRef));
        }

        return SendAsync(new CancelOrderRequest(orderId, string.Empty), orderId, cancellationToken);
    }

    /// <summary>Checks what every order sent must satisfy and sets the account the guard allows.</summary>
    private Order Prepare(Contract contract, Order order)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(order);
        if (order.WhatIf)
        {
            throw new ArgumentException("A whatIf order is not placed: use WhatIfAsync.", nameof(order));
        }

        if (!GoodAfterTime.HasExplicitZone(order.GoodAfterTime))
        {
            throw new ArgumentException(
                $"goodAfterTime '{order.GoodAfterTime}' names no time zone: TWS would read it in its login zone. Use GoodAfterTime.Format (yyyyMMdd HH:mm:ss US/Eastern).",
                nameof(order));
        }

        return WithGuardedAccount(order);
    }

    private Order WithGuardedAccount(Order order)
    {
        var (account, refusal) = AccountGuard.Resolve(_settings.Mode, _settings.Account, order.Account, ManagedAccounts);
        return refusal is null ? order with { Account = account! } : throw new TwsAccountRefusedException(refusal);
    }

    private async Task<OrderPlacement> SendPlacementAsync(Contract contract, Order order, CancellationToken cancellationToken)
    {
        var wait = new PlacementWait(order.OrderRef, order.OrderId);
        if (!_placements.TryAdd(order.OrderId, wait))
        {
            throw new InvalidOperationException($"Order {order.OrderRef} (id {order.OrderId}) already waits for an answer.");
        }

        using var timeout = new CancellationTokenSource(_settings.RequestTimeout, _timeProvider);
        using var giveUp = timeout.Token.Register(() => wait.GiveUp("no acknowledgement within " + _settings.RequestTimeout.TotalSeconds + " s", _timeProvider.GetUtcNow()));
        try
        {
            try
            {
                await SendAsync(new PlaceOrderRequest(order.OrderId, contract, order), order.OrderId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TwsConnectionLostException or TwsRequestTimeoutException)
            {
                wait.GiveUp("the order may not have left: " + ex.Message, _timeProvider.GetUtcNow());
            }

            return await wait.Answer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _placements.TryRemove(new KeyValuePair<int, PlacementWait>(order.OrderId, wait));
        }
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

    /// <summary>The connection ended or the client is disposed: every placement still waiting has an unknown fate.</summary>
    private void GiveUpPlacements(string why)
    {
        var now = _timeProvider.GetUtcNow();
        foreach (var wait in _placements.Values)
        {
            wait.GiveUp(why, now);
        }

        foreach (var wait in _whatIfs.Values)
        {
            wait.Fail(why, null);
        }
    }
}
