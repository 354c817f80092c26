using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using TwsLeg = Condor.Engine.Tws.Protocol.Models.ComboLeg;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// The simulated order book, shared by every session: placement (and re-pricing by placing the same id again),
/// whatIf, cancel, OCA groups, fills per <see cref="FillModel"/> evaluated on the virtual clock, executions and the
/// account's positions. Messages go to the order's client through <see cref="IGatewayOutbox"/>. Thread-safe (one lock).
/// </summary>
internal sealed partial class OrderBook
{
    private readonly object _gate = new();
    private readonly SimulatedMarket _market;
    private readonly GatewayContracts _contracts;
    private readonly GatewaySettings _settings;
    private readonly IGatewayOutbox _outbox;
    private readonly SortedDictionary<int, BookOrder> _orders = [];
    private readonly List<(ExecDetailsMessage Exec, CommissionReport? Commission)> _executions = [];
    private int _fillSequence;
    private int _highestOrderId;
    private readonly TimeZoneInfo _loginZone;

    public OrderBook(SimulatedMarket market, GatewayContracts contracts, GatewaySettings settings, IGatewayOutbox outbox)
    {
        _market = market;
        _contracts = contracts;
        _settings = settings;
        _outbox = outbox;
        _loginZone = market.Options.Scenario.LoginZone();
    }

    private SimulationScenario Scenario => _market.Options.Scenario;

    /// <summary>placeOrder: a new order, a modification of a working one, or a whatIf question.</summary>
    public void Place(int clientId, PlaceOrderRequest request, DateTimeOffset now)
    {
        var id = request.OrderId;
        if (!TryResolve(request.Contract, out var underlying, out var expiry, out var legs, out var legContracts, out var problem))
        {
            _outbox.ToClient(clientId, OrderWire.Error(id, 200, problem));
            return;
        }

        if (OrderSizeLimits.TooLarge(request.Order.TotalQuantity, legs, _settings) is { } tooLarge)
        {
            _outbox.ToClient(clientId, OrderWire.Error(id, 201, "Order rejected - reason:" + tooLarge));
            return;
        }

        if (!TryModel(request.Order, id, _loginZone, request.Contract.IsBag, out var model, out problem))
        {
            _outbox.ToClient(clientId, OrderWire.Error(id, 201, "Order rejected - reason:" + problem));
            return;
        }

        var largest = _market.Account.LargestPositionAfter(underlying, expiry, legs, model.Side, model.Quantity);
        if (!request.Order.WhatIf && OrderSizeLimits.PositionTooLarge(largest, _settings) is { } positionTooLarge)
        {
            _outbox.ToClient(clientId, OrderWire.Error(id, 201, "Order rejected - reason:" + positionTooLarge));
            return;
        }

        if (_market.Evaluate(underlying, expiry, legs, model, now, now) is { Outcome: FillOutcome.Rejected } rejected)
        {
            _outbox.ToClient(clientId, OrderWire.Error(id, rejected.ErrorCode ?? 201, rejected.Reason));
            return;
        }

        var contract = request.Contract.IsBag ? OrderWire.Bag(request.Contract, legContracts, legs) : legContracts[0];
        if (request.Order.WhatIf)
        {
            WhatIf(clientId, id, contract, request.Order, underlying, expiry, legs, model, now);
            return;
        }

        lock (_gate)
        {
            if (_orders.TryGetValue(id, out var existing))
            {
                if (ModificationRefusal(clientId, existing, model) is { } refusal)
                {
                    _outbox.ToClient(clientId, refusal);
                    return;
                }

                existing.Order = request.Order;
                existing.Model = model;
                existing.Arrival = now;
                existing.Status = InitialStatus(model, now);
                Acknowledge(existing);
            }
            else if (id <= _highestOrderId)
            {
                // IB: a new order's id must be above every id used before (error 103, "Duplicate order id").
                _outbox.ToClient(clientId, OrderWire.Error(id, 103, "Duplicate order id"));
                return;
            }
            else
            {
                _highestOrderId = id;
                var order = new BookOrder
                {
                    OrderId = id,
                    ClientId = clientId,
                    PermId = 1_000_000_000L + id,
                    Contract = contract,
                    Underlying = underlying,
                    Expiry = expiry,
                    Legs = legs,
                    LegContracts = legContracts,
                    Order = request.Order,
                    Model = model,
                    Arrival = now,
                    Status = InitialStatus(model, now),
                };
                _orders[id] = order;
                ApplyOrderFaults(order, now);
                Acknowledge(order);
                InformIfAsked(order);
            }

            EvaluateLocked(_orders[id], now);
            ApplyDeferredOcaReductions(now);
        }
    }

    public void Cancel(int clientId, int orderId, DateTimeOffset now)
    {
        lock (_gate)
        {
            // Orders belong to the client that placed them: another client's cancel finds nothing (IB: 10147).
            if (!_orders.TryGetValue(orderId, out var order) || order.ClientId != clientId)
            {
                _outbox.ToClient(clientId, OrderWire.Error(orderId, 10147, $"OrderId {orderId} that needs to be cancelled is not found."));
            }
            else if (!order.IsWorking)
            {
                _outbox.ToClient(clientId, OrderWire.Error(orderId, 10148, $"OrderId {orderId} that needs to be cancelled cannot be cancelled, state: {order.Status}."));
            }
            else
            {
                CancelLocked(order, now, "Order Canceled - reason:");
            }
        }
    }

    public void CancelAll(DateTimeOffset now)
    {
        lock (_gate)
        {
            foreach (var order in _orders.Values.Where(o => o.IsWorking).ToList())
            {
                CancelLocked(order, now, "Order Canceled - reason:Global Cancel");
            }
        }
    }

    /// <summary>Re-evaluates every working order at <paramref name="now"/> (called once per virtual tick).</summary>
    public void Evaluate(DateTimeOffset now)
    {
        lock (_gate)
        {
            foreach (var order in _orders.Values.Where(o => o.IsWorking).ToList())
            {
                EvaluateLocked(order, now);
            }

            ApplyDeferredOcaReductions(now);
        }
    }

    /// <summary>Whether any order is working (the gateway's tick must go on evaluating it).</summary>
    public bool HasWorkingOrders
    {
        get
        {
            lock (_gate)
            {
                return _orders.Values.Any(o => o.IsWorking);
            }
        }
    }

    public IReadOnlyList<BookOrder> Orders(Func<BookOrder, bool> filter)
    {
        lock (_gate)
        {
            return [.. _orders.Values.Where(filter)];
        }
    }

    private static string InitialStatus(ComboOrder model, DateTimeOffset now) =>
        model.Type == ComboOrderType.Stop || model.GoodAfter > now ? "PreSubmitted" : "Submitted";

    /// <summary>
    /// openOrder + orderStatus as IB acknowledges: an order that goes live is first reported PreSubmitted, then
    /// Submitted (two rounds, as IB sends them); a held order (stop, goodAfterTime, confirmation hold) stays PreSubmitted.
    /// </summary>
    private void Acknowledge(BookOrder order)
    {
        if (order.Status == "Submitted")
        {
            order.Status = "PreSubmitted";
            _outbox.ToClient(order.ClientId, OrderWire.Open(order, _settings.Account));
            _outbox.ToClient(order.ClientId, OrderWire.Status(order));
            order.Status = "Submitted";
        }

        _outbox.ToClient(order.ClientId, OrderWire.Open(order, _settings.Account));
        _outbox.ToClient(order.ClientId, OrderWire.Status(order));
    }

    private void CancelLocked(BookOrder order, DateTimeOffset now, string reason)
    {
        order.Status = "Cancelled";
        order.CompletedAt = now;
        _outbox.ToClient(order.ClientId, OrderWire.Status(order));
        _outbox.ToClient(order.ClientId, OrderWire.Error(order.OrderId, 202, reason));
    }

    private void WhatIf(int clientId, int id, Contract contract, Order order, Underlying u, DateOnly expiry, IReadOnlyList<ComboLeg> legs, ComboOrder model, DateTimeOffset now)
    {
        var state = new OrderState { Status = "PreSubmitted" };
        var quote = _market.Combo(u, expiry, legs, now);
        if (!Scenario.EmptyWhatIf && quote is not null)
        {
            var price = model.LimitPrice ?? quote.Natural(model.Side) ?? (decimal)quote.ModelPrice;
            var r = _market.Account.WhatIf(
                u, expiry, legs, model.Side, model.Quantity, LegPrices.Allocate(legs, quote, price), Mark(now), UnderlyingPrice(now));
            state = state with
            {
                InitMarginBefore = r.InitialMarginBefore, MaintMarginBefore = r.MaintenanceMarginBefore, EquityWithLoanBefore = r.EquityWithLoanBefore,
                InitMarginChange = r.InitialMarginChange, MaintMarginChange = r.MaintenanceMarginChange, EquityWithLoanChange = r.EquityWithLoanChange,
                InitMarginAfter = r.InitialMarginAfter, MaintMarginAfter = r.MaintenanceMarginAfter, EquityWithLoanAfter = r.EquityWithLoanAfter,
                Commission = r.Commission, CommissionCurrency = "USD",
            };
        }

        var echo = order with { OrderId = id, ClientId = clientId, Account = _settings.Account, WhatIf = true };
        if (Scenario.WhatIfFault == WhatIfFault.UnsetMarginsFirst)
        {
            _outbox.ToClient(clientId, new OpenOrderMessage(id, contract, echo, new OrderState { Status = "PreSubmitted" }));
        }
        else if (Scenario.WhatIfFault == WhatIfFault.BogusCommission)
        {
            state = state with { Commission = null, MinCommission = null, MaxCommission = null }; // written as 1.797e308
        }

        _outbox.ToClient(clientId, new OpenOrderMessage(id, contract, echo, state));
    }

    private Func<OptionKey, decimal> Mark(DateTimeOffset now) => key => _market.Chains.Mark(key, now, _market.OptionTicks(key.Underlying));

    private Func<OptionKey, decimal> UnderlyingPrice(DateTimeOffset now) => key => (decimal)_market.Chains.UnderlyingPrice(key.Underlying, now);

    private bool TryResolve(Contract contract, out Underlying underlying, out DateOnly expiry, out IReadOnlyList<ComboLeg> legs, out IReadOnlyList<Contract> legContracts, out string problem)
    {
        (underlying, expiry, legs, legContracts, problem) = (default, default, [], [], string.Empty);
        IReadOnlyList<TwsLeg> wireLegs = contract.IsBag
            ? contract.ComboLegs
            : [new TwsLeg { ConId = contract.ConId, Ratio = 1, Action = "BUY" }];
        if (wireLegs.Count == 0)
        {
            problem = "No security definition has been found for the request (a BAG without legs)";
            return false;
        }

        var keys = new List<OptionKey>();
        foreach (var leg in wireLegs)
        {
            if (_contracts.Find(leg.ConId) is not { } key || leg.Ratio <= 0 || leg.Action is not ("BUY" or "SELL"))
            {
                problem = $"No security definition has been found for the request (leg conId {leg.ConId})";
                return false;
            }

            keys.Add(key);
        }

        if (keys.Any(k => k.Underlying != keys[0].Underlying || k.Expiry != keys[0].Expiry))
        {
            problem = "No security definition has been found for the request (legs of different underlyings or expiries)";
            return false;
        }

        (underlying, expiry) = (keys[0].Underlying, keys[0].Expiry);
        legs = [.. wireLegs.Select((l, i) => new ComboLeg(keys[i].Strike, keys[i].Right, l.Action == "BUY" ? TradeSide.Buy : TradeSide.Sell, l.Ratio))];
        legContracts = [.. keys.Select(_contracts.Option)];
        return true;
    }

    private static bool TryModel(Order order, int id, TimeZoneInfo loginZone, bool isCombo, out ComboOrder model, out string problem)
    {
        (model, problem) = (null!, string.Empty);
        var side = order.Action switch { "BUY" => TradeSide.Buy, "SELL" => TradeSide.Sell, _ => (TradeSide?)null };
        var type = order.OrderType switch { "LMT" => ComboOrderType.Limit, "MKT" => ComboOrderType.Market, "STP" => ComboOrderType.Stop, _ => (ComboOrderType?)null };
        if (side is null || type is null || order.TotalQuantity <= 0 || order.TotalQuantity != decimal.Truncate(order.TotalQuantity))
        {
            problem = $"unsupported action/type/quantity '{order.Action} {order.TotalQuantity} {order.OrderType}'";
            return false;
        }

        var goodAfter = GatewayTime.Parse(order.GoodAfterTime, loginZone);
        if (!string.IsNullOrWhiteSpace(order.GoodAfterTime) && goodAfter is null)
        {
            problem = $"goodAfterTime '{order.GoodAfterTime}' is not yyyyMMdd HH:mm:ss TZ";
            return false;
        }

        var identity = string.IsNullOrEmpty(order.OrderRef) ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : order.OrderRef;
        model = new ComboOrder(
            identity,
            side.Value,
            type.Value,
            (int)order.TotalQuantity,
            type == ComboOrderType.Limit ? AsIbDouble(order.LmtPrice) : null,
            type == ComboOrderType.Stop ? AsIbDouble(order.AuxPrice) : null,
            goodAfter,
            order.TriggerMethod,
            isCombo);
        return true;
    }

    /// <summary>
    /// IB reads prices as doubles, so a Java or JavaScript client's <c>-3.8000000000000003</c> is −3.8 to it, not an
    /// off-tick price: the wire text goes through a double and back (15 significant digits), as IB compares it.
    /// </summary>
    private static decimal? AsIbDouble(decimal? price) => price is { } p ? (decimal)(double)p : null;
}
