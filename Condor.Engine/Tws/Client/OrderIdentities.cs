namespace Condor.Engine.Tws.Client;

/// <summary>
/// This client's orders by intent (orderRef), with the order id and permId attached as they become known.
/// Gateway events are correlated by <c>(clientId, orderId)</c> and, once known, by permId: an event of another
/// client's order that happens to share an order id is never taken for ours. Thread-safe.
/// </summary>
internal sealed class OrderIdentities(int clientId)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, TrackedOrder> _byRef = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _byOrderId = [];
    private readonly Dictionary<long, string> _byPermId = [];

    public int ClientId { get; } = clientId;

    /// <summary>Registers a new intent; false when that orderRef is already one of ours (one orderRef, one order).</summary>
    public bool TryRegister(string orderRef)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderRef);
        lock (_lock)
        {
            return _byRef.TryAdd(orderRef, new TrackedOrder(orderRef, null, null));
        }
    }

    /// <summary>Forgets an intent that never got an order id (nothing was sent), so it can be placed again.</summary>
    public void ForgetUnsent(string orderRef)
    {
        lock (_lock)
        {
            if (_byRef.TryGetValue(orderRef, out var order) && order.OrderId is null)
            {
                _byRef.Remove(orderRef);
            }
        }
    }

    /// <summary>Attaches the allocated order id to the intent (once; an id is never attached to two intents).</summary>
    public void AttachOrderId(string orderRef, int orderId)
    {
        lock (_lock)
        {
            var order = _byRef[orderRef];
            if (order.OrderId is not null || !_byOrderId.TryAdd(orderId, orderRef))
            {
                throw new InvalidOperationException($"Order id {orderId} or intent '{orderRef}' already has its counterpart: one id, one order.");
            }

            _byRef[orderRef] = order with { OrderId = orderId };
        }
    }

    public TrackedOrder? Find(string orderRef)
    {
        lock (_lock)
        {
            return _byRef.GetValueOrDefault(orderRef);
        }
    }

    /// <summary>
    /// The orderRef of our order an event is about, or null when it is not ours. <paramref name="eventClientId"/>
    /// null means the message carries no client id (errors, which IB sends only to the order's own client).
    /// A known permId attaches to our order on the way.
    /// </summary>
    public string? Resolve(int? eventClientId, int orderId, long permId)
    {
        lock (_lock)
        {
            if (permId > 0 && _byPermId.TryGetValue(permId, out var byPerm))
            {
                return byPerm;
            }

            if ((eventClientId is null || eventClientId == ClientId) && _byOrderId.TryGetValue(orderId, out var byId))
            {
                if (permId > 0 && _byRef[byId].PermId is null)
                {
                    _byRef[byId] = _byRef[byId] with { PermId = permId };
                    _byPermId[permId] = byId;
                }

                return byId;
            }

            return null;
        }
    }
}
