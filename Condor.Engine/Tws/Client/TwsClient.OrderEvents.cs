using System.Collections.Concurrent;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// Order events from the dispatcher: correlated with this client's orders by (clientId, orderId) and permId,
/// answering placements and whatIfs, seeding the order-id allocator with every id of ours they carry.
/// </summary>
internal sealed partial class TwsClient
{
    /// <summary>execId → (order id, orderRef of ours or null), so a commissionReport (which carries only the execId) reaches its order.</summary>
    private readonly ConcurrentDictionary<string, (int OrderId, string? OrderRef)> _executionOrders = new(StringComparer.Ordinal);

    private void OnOpenOrder(OpenOrderMessage openOrder, DateTimeOffset receivedAt)
    {
        var orderId = openOrder.OrderId;
        var ownClient = openOrder.Order.ClientId == _identities.ClientId;
        if ((ownClient || openOrder.Order.WhatIf) && _whatIfs.TryGetValue(orderId, out var whatIf))
        {
            whatIf.Observe(openOrder.OrderState);
            return; // a whatIf answer is not an order
        }

        if (openOrder.Order.WhatIf)
        {
            return;
        }

        ObserveOwnOrderId(openOrder.Order.ClientId, orderId);
        var orderRef = _identities.Resolve(openOrder.Order.ClientId, orderId, openOrder.Order.PermId);
        if (orderRef is not null)
        {
            Acknowledge(orderId, openOrder.OrderState.Status, receivedAt);
        }

        AddUnnumbered(OpenOrderMessage.MessageId, openOrder);
        _orderEvents.Publish(new OrderEvent(orderId, receivedAt, openOrder) { OrderRef = orderRef, ClientId = openOrder.Order.ClientId });
    }

    private void OnOrderStatus(OrderStatusMessage status, DateTimeOffset receivedAt)
    {
        if (status.ClientId == _identities.ClientId && _whatIfs.ContainsKey(status.OrderId))
        {
            return;
        }

        ObserveOwnOrderId(status.ClientId, status.OrderId);
        var orderRef = _identities.Resolve(status.ClientId, status.OrderId, status.PermId);
        if (orderRef is not null)
        {
            Acknowledge(status.OrderId, status.Status, receivedAt);
        }

        _orderEvents.Publish(new OrderEvent(status.OrderId, receivedAt, status) { OrderRef = orderRef, ClientId = status.ClientId });
    }

    private void OnExecution(ExecDetailsMessage execution, DateTimeOffset receivedAt)
    {
        var e = execution.Execution;
        ObserveOwnOrderId(e.ClientId, e.OrderId);
        var orderRef = _identities.Resolve(e.ClientId, e.OrderId, e.PermId);
        _executionOrders[e.ExecId] = (e.OrderId, orderRef);
        if (execution.ReqId >= 0 && _pending.IsPending(execution.ReqId))
        {
            _pending.AddItem(execution.ReqId, execution);
            return;
        }

        _orderEvents.Publish(new OrderEvent(e.OrderId, receivedAt, execution) { OrderRef = orderRef, ClientId = e.ClientId });
    }

    private void OnCommission(CommissionReportMessage commission, DateTimeOffset receivedAt)
    {
        var (orderId, orderRef) = _executionOrders.TryGetValue(commission.CommissionReport.ExecId, out var seen) ? seen : (-1, null);
        _orderEvents.Publish(new OrderEvent(orderId, receivedAt, commission) { OrderRef = orderRef });
    }

    /// <summary>
    /// An error about an order id (IB sends those only to the order's own client). A placement waiting for its
    /// answer is rejected only by a code the classifier knows to fail an order; an unclassified code never
    /// rejects it (it is remembered: the outcome becomes "unknown, reconcile" if nothing else comes). Returns
    /// true when the error was an answer to a placement or whatIf (so no request registry should see it).
    /// </summary>
    private bool OnOrderError(ErrorMessage error, DateTimeOffset receivedAt)
    {
        var orderRef = _identities.Resolve(null, error.Id, 0);
        var errorClass = TwsErrorClassifier.Classify(error.ErrorCode);
        if (_whatIfs.TryGetValue(error.Id, out var whatIf))
        {
            if (errorClass != TwsErrorClass.Unknown && TwsErrorClassifier.FailsRequest(errorClass))
            {
                whatIf.Fail($"TWS error {error.ErrorCode}: {error.ErrorMsg}", error.ErrorCode);
            }

            return true;
        }

        _orderEvents.Publish(new OrderEvent(error.Id, receivedAt, error) { OrderRef = orderRef });
        if (!_placements.TryGetValue(error.Id, out var wait))
        {
            return false;
        }

        if (errorClass == TwsErrorClass.Unknown)
        {
            wait.LastUnknown = (error.ErrorCode, error.ErrorMsg);
        }
        else if (TwsErrorClassifier.FailsRequest(errorClass))
        {
            wait.Reject(error.ErrorCode, error.ErrorMsg, error.AdvancedOrderRejectJson, receivedAt);
        }
        else if (error.ErrorCode == 202)
        {
            // IB code 202: order cancelled. For an order still waiting for its acknowledgement this IS the
            // gateway's answer: the placement is settled (as Cancelled), not left to time out.
            wait.Acknowledge("Cancelled", receivedAt);
        }

        ClientLog.OrderMessage(_logger, error.Id, error.ErrorCode, errorClass, error.ErrorMsg);
        return true;
    }

    private void Acknowledge(int orderId, string status, DateTimeOffset receivedAt)
    {
        if (_placements.TryGetValue(orderId, out var wait))
        {
            wait.Acknowledge(status, receivedAt);
        }
    }

    /// <summary>IB refuses (103) an id not above every id it has seen for this client: every id of ours raises the next one.</summary>
    private void ObserveOwnOrderId(int clientId, int orderId)
    {
        if (clientId == _identities.ClientId && orderId > 0 && orderId < RequestIdAllocator.FirstId)
        {
            _connection.OrderIds.ObserveUsed(orderId);
        }
    }
}
