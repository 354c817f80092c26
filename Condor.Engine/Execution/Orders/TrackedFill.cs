using Condor.Engine.Broker;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// One order's state as its broker events tell it (cumulative fill, average price, the leg executions by conId, the
/// last status and error code, the execIds for matching commissions). Mutable, owned by one component.
/// </summary>
internal sealed class TrackedFill
{
    private readonly Dictionary<int, (decimal Quantity, decimal Notional)> _legs = [];
    private readonly HashSet<string> _execIds = new(StringComparer.Ordinal);

    public TrackedFill(string orderRef) => OrderRef = orderRef;

    public string OrderRef { get; }

    /// <summary>An event about the order arrived (it lives at the broker).</summary>
    public bool Acknowledged { get; private set; }

    public OrderStatus? Status { get; private set; }

    public decimal Filled { get; private set; }

    /// <summary>The order's average fill price as IB reports it (negative for a credit on a BAG).</summary>
    public decimal? AveragePrice { get; private set; }

    public DateTimeOffset? LastFillAt { get; private set; }

    public int? LastErrorCode { get; private set; }

    public string LastError { get; private set; } = string.Empty;

    public bool HasExecution => _execIds.Count > 0 || Filled > 0;

    /// <summary>Not working any more without being filled: Cancelled, ApiCancelled or Inactive.</summary>
    public bool IsDead => Status is OrderStatus.Cancelled or OrderStatus.ApiCancelled or OrderStatus.Inactive;

    public IReadOnlyDictionary<int, decimal> LegAveragePrices =>
        _legs.Where(l => l.Value.Quantity > 0).ToDictionary(l => l.Key, l => Math.Round(l.Value.Notional / l.Value.Quantity, 6));

    /// <summary>Whether the event is about this order (by orderRef, by the gateway's tracking, or a commission of one of its executions).</summary>
    public bool IsAbout(BrokerEvent brokerEvent, Func<BrokerEvent, string?> orderRefOf)
    {
        ArgumentNullException.ThrowIfNull(orderRefOf);
        return brokerEvent switch
        {
            OrderExecuted x when string.Equals(x.OrderRef, OrderRef, StringComparison.Ordinal) => true,
            CommissionReported c when _execIds.Contains(c.ExecId) => true,
            _ => string.Equals(orderRefOf(brokerEvent), OrderRef, StringComparison.Ordinal),
        };
    }

    public void Apply(BrokerEvent brokerEvent)
    {
        switch (brokerEvent)
        {
            case OrderStatusChanged s:
                Acknowledged = true;
                Status = s.Status;
                if (s.Filled >= Filled)
                {
                    Filled = s.Filled;
                    AveragePrice = s.Filled > 0 ? s.AvgFillPrice ?? AveragePrice : AveragePrice;
                }

                break;
            case OrderExecuted x:
                Acknowledged = true;
                if (!_execIds.Add(x.ExecId))
                {
                    break;
                }

                LastFillAt = x.ExecutedAt ?? x.ReceivedAt;
                if (x.IsCombo)
                {
                    if (x.CumulativeQuantity is { } cumulative && cumulative >= Filled)
                    {
                        Filled = cumulative;
                        AveragePrice = x.AvgPrice ?? AveragePrice;
                    }
                }
                else
                {
                    var (quantity, notional) = _legs.GetValueOrDefault(x.ConId);
                    _legs[x.ConId] = (quantity + x.Quantity, notional + (x.Quantity * Math.Abs(x.Price)));
                }

                break;
            case OrderErrorReported e:
                Acknowledged = true;
                LastErrorCode = e.Code;
                LastError = e.Message;
                break;
        }
    }
}
