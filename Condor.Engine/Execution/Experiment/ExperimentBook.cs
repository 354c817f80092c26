using Condor.Engine.Broker;
using Condor.Engine.Simulation;
using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// The experiment's order book: the engine's orders, never sent anywhere, filled by the simulator's seeded
/// <see cref="FillModel"/> on the real legs' quotes. It works as the simulator's book does (and IB as far as
/// the engine can tell): a live order is reported PreSubmitted then Submitted, a held one (stop, goodAfterTime)
/// PreSubmitted until it becomes active; a fill reports orderStatus, openOrder, the BAG's execution, each leg's
/// execution, a commission per leg and the orderStatus again; OCA type 1 cancels the other members on any fill,
/// type 2 reduces them by the filled quantity at once (one reduced to nothing is cancelled), type 3 after the
/// evaluation pass; a cancel is confirmed by Cancelled and 202. A fill takes at most the size the legs' quotes
/// display (so a multi-lot order can fill in parts, as at a real exchange). Pure: quotes and time come in,
/// the messages to report go out. Not thread-safe: the gateway serialises every call.
/// </summary>
internal sealed partial class ExperimentBook(int clientId, decimal commissionPerContract)
{
    private readonly SortedDictionary<int, ExperimentOrder> _orders = [];
    private readonly List<(ExperimentOrder Filled, int Quantity)> _deferredOca = [];

    public int ClientId { get; } = clientId;

    /// <summary>The account the reports name (the configured or the gateway's only account; empty when unknown).</summary>
    public string Account { get; set; } = string.Empty;

    public IEnumerable<ExperimentOrder> Orders => _orders.Values;

    public ExperimentOrder? Find(int orderId) => _orders.GetValueOrDefault(orderId);

    /// <summary>A new order: acknowledged, then evaluated at once on the current quotes.</summary>
    public IReadOnlyList<IIncomingMessage> Place(ExperimentOrder order, IReadOnlyDictionary<int, MarketQuote> quotes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        var reports = new List<IIncomingMessage>();
        order.Arrival = now;
        order.Status = InitialStatus(order.Model, now);
        _orders.Add(order.OrderId, order);
        Acknowledge(order, reports);
        EvaluateOne(order, quotes, now, reports);
        ApplyDeferredOca(now, reports);
        return reports;
    }

    /// <summary>
    /// placeOrder again with the id (a modification): refused as IB refuses it (104 filled, 103 no longer working,
    /// 105 another type or side); otherwise the new terms work from now, acknowledged, and are evaluated at once.
    /// </summary>
    public IReadOnlyList<IIncomingMessage> Modify(ExperimentOrder order, Tws.Protocol.Models.Order terms, ComboOrder model, IReadOnlyDictionary<int, MarketQuote> quotes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        var id = order.OrderId;
        if (order.Status == "Filled")
        {
            return [ExperimentWire.Error(id, 104, "Can't modify a filled order")];
        }

        if (!order.IsWorking)
        {
            return [ExperimentWire.Error(id, 103, "Duplicate order id")];
        }

        if (model.Type != order.Model.Type || model.Side != order.Model.Side)
        {
            return [ExperimentWire.Error(id, 105, "Order being modified does not match original order")];
        }

        var reports = new List<IIncomingMessage>();
        order.Order = terms;
        order.Model = model;
        order.Arrival = now;
        order.Status = InitialStatus(model, now);
        Acknowledge(order, reports);
        EvaluateOne(order, quotes, now, reports);
        ApplyDeferredOca(now, reports);
        return reports;
    }

    /// <summary>cancelOrder: Cancelled and 202 for a working order; 10148 for one that is done.</summary>
    public IReadOnlyList<IIncomingMessage> Cancel(ExperimentOrder order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!order.IsWorking)
        {
            return [ExperimentWire.Error(order.OrderId, 10148, $"OrderId {order.OrderId} that needs to be cancelled cannot be cancelled, state: {order.Status}.")];
        }

        var reports = new List<IIncomingMessage>();
        CancelOne(order, now, "Order Canceled - reason:", reports);
        return reports;
    }

    /// <summary>
    /// One evaluation pass at <paramref name="now"/>: orders on expired options are cancelled, every other working
    /// order that had arrived by then is evaluated in order-id order.
    /// </summary>
    public IReadOnlyList<IIncomingMessage> Evaluate(IReadOnlyDictionary<int, MarketQuote> quotes, DateTimeOffset now)
    {
        var reports = new List<IIncomingMessage>();
        foreach (var order in _orders.Values.Where(o => o.IsWorking && o.Arrival <= now).ToList())
        {
            if (!order.IsWorking)
            {
                continue; // an OCA sibling's fill of this pass cancelled it
            }

            if (now >= order.ExpiresAt)
            {
                CancelOne(order, now, "Order Canceled - reason:the options expired", reports);
                continue;
            }

            EvaluateOne(order, quotes, now, reports);
        }

        ApplyDeferredOca(now, reports);
        return reports;
    }

    /// <summary>Whether any order still works (the gateway evaluates only then).</summary>
    public bool HasWorkingOrders => _orders.Values.Any(o => o.IsWorking);

    private static string InitialStatus(ComboOrder model, DateTimeOffset now) =>
        model.Type == ComboOrderType.Stop || model.GoodAfter > now ? "PreSubmitted" : "Submitted";

    /// <summary>openOrder + orderStatus: a live order first PreSubmitted, then Submitted (as IB sends them); a held one PreSubmitted.</summary>
    private void Acknowledge(ExperimentOrder order, List<IIncomingMessage> reports)
    {
        if (order.Status == "Submitted")
        {
            order.Status = "PreSubmitted";
            reports.Add(ExperimentWire.Open(order, Account));
            reports.Add(ExperimentWire.Status(order));
            order.Status = "Submitted";
        }

        reports.Add(ExperimentWire.Open(order, Account));
        reports.Add(ExperimentWire.Status(order));
    }

    private static void CancelOne(ExperimentOrder order, DateTimeOffset now, string reason, List<IIncomingMessage> reports)
    {
        order.Status = "Cancelled";
        order.CompletedAt = now;
        reports.Add(ExperimentWire.Status(order));
        reports.Add(ExperimentWire.Error(order.OrderId, 202, reason));
    }

    private void EvaluateOne(ExperimentOrder order, IReadOnlyDictionary<int, MarketQuote> quotes, DateTimeOffset now, List<IIncomingMessage> reports)
    {
        var quote = ExperimentComboQuote.From(order.Legs, quotes, now);
        var model = order.Model with { Quantity = order.Remaining, PreviousTriggerHit = order.TriggerHit };
        var decision = order.FillModel.Evaluate(model, quote, order.Arrival, now);
        order.TriggerHit = decision.TriggerHit;
        if (decision.Outcome == FillOutcome.Working && order.Status == "PreSubmitted" && order.Model.GoodAfter is { } goodAfter && now >= goodAfter)
        {
            order.Status = "Submitted";
            reports.Add(ExperimentWire.Status(order));
        }

        if (decision.Outcome != FillOutcome.Filled || decision.Price is not { } price || quote is null)
        {
            return;
        }

        var quantity = order.Remaining;
        if (ExperimentComboQuote.DisplayedCapacity(order.Legs, quotes, order.Model.Side) is { } capacity)
        {
            quantity = Math.Min(quantity, Math.Max(1, capacity));
        }

        Fill(order, quantity, price, quote, now, reports);
    }

    private void OcaFilled(ExperimentOrder order, int quantity, DateTimeOffset now, List<IIncomingMessage> reports)
    {
        if (string.IsNullOrEmpty(order.Order.OcaGroup))
        {
            return;
        }

        switch (order.Order.OcaType)
        {
            case 2:
                ReduceOthers(order, quantity, now, reports);
                break;
            case 3:
                _deferredOca.Add((order, quantity));
                break;
            default:
                foreach (var other in OcaMembers(order))
                {
                    CancelOne(other, now, "Order Canceled - reason:OCA group fill", reports);
                }

                break;
        }
    }

    private void ApplyDeferredOca(DateTimeOffset now, List<IIncomingMessage> reports)
    {
        foreach (var (order, quantity) in _deferredOca)
        {
            ReduceOthers(order, quantity, now, reports);
        }

        _deferredOca.Clear();
    }

    private void ReduceOthers(ExperimentOrder order, int quantity, DateTimeOffset now, List<IIncomingMessage> reports)
    {
        foreach (var other in OcaMembers(order))
        {
            var total = other.Model.Quantity - quantity;
            if (total <= other.Filled)
            {
                CancelOne(other, now, "Order Canceled - reason:OCA group fill", reports);
                continue;
            }

            other.Model = other.Model with { Quantity = total };
            other.Order = other.Order with { TotalQuantity = total };
            reports.Add(ExperimentWire.Open(other, Account));
            reports.Add(ExperimentWire.Status(other));
        }
    }

    private List<ExperimentOrder> OcaMembers(ExperimentOrder order) =>
        [.. _orders.Values.Where(o => o != order && o.IsWorking && o.Order.OcaGroup == order.Order.OcaGroup)];
}
