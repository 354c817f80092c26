using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// One-cancels-all groups as IB documents <c>Order.OcaType</c>: 1 = cancel all remaining orders with block (any fill,
/// also a partial one, cancels the other members); 2 = remaining orders are proportionately reduced in size with
/// block (the others lose the filled quantity at once; one reduced to nothing is cancelled); 3 = reduced with no
/// block (the reduction reaches the others only after the evaluation pass, so two members can both fill in the same
/// instant — the overfill IB's "no block" allows). An unset type on a grouped order counts as 1.
/// </summary>
internal sealed partial class OrderBook
{
    private readonly List<(BookOrder Filled, int Quantity)> _deferredOca = [];

    private void OcaFilled(BookOrder order, int quantity, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(order.Order.OcaGroup))
        {
            return;
        }

        switch (order.Order.OcaType)
        {
            case 2:
                ReduceOthers(order, quantity, now);
                break;
            case 3:
                _deferredOca.Add((order, quantity));
                break;
            default:
                foreach (var other in OcaMembers(order))
                {
                    CancelLocked(other, now, "Order Canceled - reason:OCA group fill");
                }

                break;
        }
    }

    private void ApplyDeferredOcaReductions(DateTimeOffset now)
    {
        foreach (var (order, quantity) in _deferredOca)
        {
            ReduceOthers(order, quantity, now);
        }

        _deferredOca.Clear();
    }

    private void ReduceOthers(BookOrder order, int quantity, DateTimeOffset now)
    {
        foreach (var other in OcaMembers(order))
        {
            var total = other.Model.Quantity - quantity;
            if (total <= other.Filled)
            {
                CancelLocked(other, now, "Order Canceled - reason:OCA group fill");
                continue;
            }

            other.Model = other.Model with { Quantity = total };
            other.Order = other.Order with { TotalQuantity = total };
            _outbox.ToClient(other.ClientId, OrderWire.Open(other, _settings.Account));
            _outbox.ToClient(other.ClientId, OrderWire.Status(other));
        }
    }

    private List<BookOrder> OcaMembers(BookOrder order) =>
        [.. _orders.Values.Where(o => o != order && o.IsWorking && o.Order.OcaGroup == order.Order.OcaGroup)];

    /// <summary>Marks a new order with the scenario's broker cancel or confirmation hold, counting matching placements.</summary>
    private void ApplyOrderFaults(BookOrder order, DateTimeOffset now)
    {
        foreach (var fault in MatchingFaults(order))
        {
            switch (fault.Kind)
            {
                case OrderFaultKind.BrokerCancel202:
                    order.BrokerCancelAt = now + (fault.After ?? TimeSpan.Zero);
                    break;
                case OrderFaultKind.ConfirmationHold:
                    order.Held = true;
                    order.Status = "PreSubmitted";
                    break;
            }
        }
    }

    private void InformIfAsked(BookOrder order)
    {
        if (order.Informed)
        {
            _outbox.ToClient(order.ClientId, new ErrorMessage(order.OrderId, 10349, "Order TIF was set to DAY based on order preset.", string.Empty));
        }
    }

    private IEnumerable<OrderFault> MatchingFaults(BookOrder order)
    {
        var matched = new List<OrderFault>();
        for (var i = 0; i < Scenario.OrderFaults.Count; i++)
        {
            var fault = Scenario.OrderFaults[i];
            if (fault.OrderType is { } type && !string.Equals(type, order.Order.OrderType, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var count = _orderFaultCounts.TryGetValue(i, out var n) ? n + 1 : 1;
            _orderFaultCounts[i] = count;
            if (fault.Occurrence is null || fault.Occurrence == count)
            {
                matched.Add(fault);
                order.Informed |= fault.Kind == OrderFaultKind.Informational10349;
            }
        }

        return matched;
    }

    private readonly Dictionary<int, int> _orderFaultCounts = [];
}
