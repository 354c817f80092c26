using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution.Experiment;

/// <summary>Orders: placed, modified and cancelled in the experiment's book, never sent to the real gateway.</summary>
internal sealed partial class ExperimentGateway
{
    /// <summary>What a whatIf answers in Experiment mode: none is sent.</summary>
    public const string WhatIfRefusal =
        "Experiment mode sends no orders to the gateway, not even whatIf: the margin is estimated locally as (wing width - credit) x 100.";

    /// <summary>
    /// A new intent, checked as the TWS client checks it (orderRef new, OrderId 0, no whatIf flag, a goodAfterTime
    /// naming its zone, connected), then worked by the experiment's book: acknowledged (PreSubmitted, then
    /// Submitted unless held) or rejected as a gateway would (200 legs unknown, 201 unsupported, 110 off the tick).
    /// Nothing reaches the real gateway but the legs' contract details and market data.
    /// </summary>
    /// <exception cref="TwsConnectionLostException">The real gateway is not connected (no quotes to work on); nothing was placed.</exception>
    public async Task<OrderPlacement> PlaceOrderAsync(Contract contract, Order order, CancellationToken cancellationToken)
    {
        Check(contract, order);
        if (order.OrderId != 0)
        {
            throw new ArgumentException("The client allocates order ids: OrderId must be 0 (modify an order with ModifyOrderAsync).", nameof(order));
        }

        RequireConnected();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (orderId, permId) = Register(order.OrderRef);
            var (legs, problem) = await ResolveLegsAsync(contract, cancellationToken).ConfigureAwait(false);
            if (legs is null)
            {
                return Reject(order.OrderRef, orderId, 200, "No security definition has been found for the request (" + problem + ")");
            }

            var (model, unsupported) = ExperimentOrderModel.Read(order with { OrderId = orderId }, contract.IsBag, GatewayZone ?? Market.ExchangeTime.NewYork);
            if (model is null)
            {
                return Reject(order.OrderRef, orderId, 201, "Order rejected - reason:" + unsupported);
            }

            var fillModel = FillModelFor(legs[0].Underlying, contract.IsBag);
            if (fillModel.CheckPrices(model) is { } refused)
            {
                return Reject(order.OrderRef, orderId, refused.ErrorCode ?? 201, refused.Reason);
            }

            await ReleaseIdleLinesAsync(_time.GetUtcNow()).ConfigureAwait(false); // e.g. a held leg's line after its expiry
            await RefreshQuotesAsync(legs, cancellationToken).ConfigureAwait(false);
            _book.Account = Account();
            var now = _time.GetUtcNow();
            var booked = new ExperimentOrder
            {
                OrderId = orderId,
                ClientId = _settings.ClientId,
                PermId = permId,
                Contract = contract.IsBag ? Bag(contract, legs) : legs[0].Contract with { Exchange = contract.Exchange.Length > 0 ? contract.Exchange : "SMART" },
                Legs = legs,
                Order = order with { OrderId = orderId, ClientId = _settings.ClientId, Account = _book.Account },
                Model = model,
                FillModel = fillModel,
                ExpiresAt = ExpiryOf(legs),
            };
            var reports = _book.Place(booked, _feeds.Quotes, now);
            Publish(reports, now);
            EnsureTicking();
            var first = reports.OfType<OrderStatusMessage>().First();
            return new OrderPlacement(order.OrderRef, orderId, PlacementOutcome.Acknowledged, first.Status, now);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// A modification of one of the experiment's orders (new price or quantity from now on): acknowledged by its next
    /// working status, or rejected as IB rejects it (104 filled, 103 no longer working, 105 another type or side, 110 off the tick).
    /// </summary>
    public async Task<OrderPlacement> ModifyOrderAsync(string orderRef, Contract contract, Order order, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderRef);
        Check(contract, order);
        var orderId = KnownOrderId(orderRef);
        RequireConnected();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var booked = _book.Find(orderId) ?? throw new InvalidOperationException($"Order {orderRef} (id {orderId}) has no book entry.");
            var terms = order with { OrderId = orderId, OrderRef = orderRef, ClientId = _settings.ClientId, Account = _book.Account };
            var (model, unsupported) = ExperimentOrderModel.Read(terms, booked.Contract.IsBag, GatewayZone ?? Market.ExchangeTime.NewYork);
            if (model is null)
            {
                return Reject(orderRef, orderId, 201, "Order rejected - reason:" + unsupported);
            }

            if (booked.FillModel.CheckPrices(model) is { } refused)
            {
                return Reject(orderRef, orderId, refused.ErrorCode ?? 201, refused.Reason);
            }

            await RefreshQuotesAsync(booked.Legs, cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var reports = _book.Modify(booked, terms, model, _feeds.Quotes, now);
            Publish(reports, now);
            EnsureTicking();
            if (reports is [ErrorMessage error])
            {
                return new OrderPlacement(orderRef, orderId, PlacementOutcome.Rejected, string.Empty, now, error.ErrorCode, error.ErrorMsg);
            }

            return new OrderPlacement(orderRef, orderId, PlacementOutcome.Acknowledged, reports.OfType<OrderStatusMessage>().First().Status, now);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Experiment mode sends no whatIf: the answer says so (no margins); the engine estimates the margin itself.</summary>
    public Task<WhatIfAnswer> WhatIfAsync(Contract contract, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(order);
        return Task.FromResult(new WhatIfAnswer(null, HasMargins: false, WhatIfRefusal));
    }

    /// <summary>Cancels one of the experiment's orders: Cancelled and 202 when it works, 10148 when it is done (as order events, before this completes).</summary>
    public async Task CancelOrderAsync(string orderRef, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderRef);
        var orderId = KnownOrderId(orderRef);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            Publish(_book.Find(orderId) is { } booked
                ? _book.Cancel(booked, now)
                : [ExperimentWire.Error(orderId, 10147, $"OrderId {orderId} that needs to be cancelled is not found.")], now);
        }
        finally
        {
            _gate.Release();
        }
    }

    public TrackedOrder? FindOrder(string orderRef)
    {
        lock (_identityLock)
        {
            return _byRef.GetValueOrDefault(orderRef);
        }
    }

    /// <summary>The next experiment order id goes above <paramref name="highestUsedOrderId"/> (the journal's highest).</summary>
    public void ReserveOrderIdsThrough(int highestUsedOrderId)
    {
        lock (_identityLock)
        {
            _ids.ReserveThrough(highestUsedOrderId);
        }
    }

    /// <summary>What every order must satisfy, as the TWS client checks it.</summary>
    private static void Check(Contract contract, Order order)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(order.OrderRef, nameof(order));
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
    }

    private void RequireConnected()
    {
        var state = _inner.State;
        if (state != ConnectionState.Connected)
        {
            throw new TwsConnectionLostException("Cannot place an order: the TWS connection is " + state.ToString().ToUpperInvariant() + ".");
        }
    }

    private (int OrderId, long PermId) Register(string orderRef)
    {
        lock (_identityLock)
        {
            if (_byRef.ContainsKey(orderRef))
            {
                throw new ArgumentException($"orderRef '{orderRef}' already names one of this client's orders: one intent, one order.", nameof(orderRef));
            }

            var (orderId, permId) = _ids.Next();
            _byRef[orderRef] = new TrackedOrder(orderRef, orderId, permId);
            _byOrderId[orderId] = orderRef;
            _byPermId[permId] = orderRef;
            return (orderId, permId);
        }
    }

    private int KnownOrderId(string orderRef)
    {
        lock (_identityLock)
        {
            return _byRef.TryGetValue(orderRef, out var order) && order.OrderId is { } id
                ? id
                : throw new ArgumentException($"orderRef '{orderRef}' is not an order this client placed.", nameof(orderRef));
        }
    }

    /// <summary>A refusal as the gateway sends it (an error about the order id) and the placement's Rejected answer.</summary>
    private OrderPlacement Reject(string orderRef, int orderId, int code, string reason)
    {
        var now = _time.GetUtcNow();
        Publish(ExperimentWire.Error(orderId, code, reason), now);
        return new OrderPlacement(orderRef, orderId, PlacementOutcome.Rejected, string.Empty, now, code, reason);
    }

    /// <summary>A BAG as a gateway echoes it: the combo conId, the legs kept, the legs description <c>conId|±ratio</c>.</summary>
    private static Contract Bag(Contract placed, IReadOnlyList<ExperimentLeg> legs) => placed with
    {
        ConId = ComboConId,
        SecType = "BAG",
        Right = "?",
        Strike = 0,
        Exchange = string.IsNullOrEmpty(placed.Exchange) ? "SMART" : placed.Exchange,
        Currency = string.IsNullOrEmpty(placed.Currency) ? "USD" : placed.Currency,
        LocalSymbol = ComboConId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TradingClass = "COMB",
        ComboLegsDescription = string.Join(
            ',',
            legs.Select(l => FormattableString.Invariant($"{l.ConId}|{(l.Model.Side == Simulation.TradeSide.Buy ? 1 : -1) * l.Model.Ratio}"))),
    };

    /// <summary>When the legs stop trading: their expiry session's close (13:00 ET on an early close), 16:00 ET when the calendar has no session.</summary>
    private DateTimeOffset ExpiryOf(IReadOnlyList<ExperimentLeg> legs)
    {
        var expiry = legs.Min(l => l.Expiry);
        return _calendar.GetSession(expiry)?.Close ?? Market.ExchangeTime.AtNewYork(expiry, Market.TradingSession.RegularClose);
    }
}
