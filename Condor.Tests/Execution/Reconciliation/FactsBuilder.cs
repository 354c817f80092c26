using Condor.Engine.Configuration;
using Condor.Engine.Execution.Reconciliation;
using Condor.Engine.Journal;

namespace Condor.Tests.Execution.Reconciliation;

/// <summary>
/// Realistic reconciliation facts for every journal state and broker state, composed independently: one condor
/// (legs 101-104, long put bought, short put sold, short call sold, long call bought), client 7, one contract.
/// </summary>
internal static class FactsBuilder
{
    public const int ClientId = 7;
    public static readonly DateOnly Session = new(2026, 11, 23);
    public static readonly int[] LegIds = [101, 102, 103, 104];
    private static readonly DateTimeOffset Open = new(2026, 11, 23, 14, 32, 0, TimeSpan.Zero);

    public static OrderRef Ref(OrderRole role, int attempt = 1) => new(Session, role, attempt);

    public static ReconciliationFacts Build(JournalState journal, BrokerState broker)
    {
        var (trade, orders) = Journal(journal);
        var (open, completed, executions, positions) = Broker(broker);
        return new ReconciliationFacts(Session, ClientId, trade, orders, open, completed, executions, positions);
    }

    public static (TradeRecord? Trade, IReadOnlyList<OrderRecord> Orders) Journal(JournalState state) => state switch
    {
        JournalState.NoTrade => (null, []),
        JournalState.EntryIntentOnly => (Trade(TradeStatus.Pending), [Order(OrderRole.Entry, 0, "Intent"), .. Exits(0, "Intent")]),
        JournalState.EntryWorking => (Trade(TradeStatus.Pending), [Order(OrderRole.Entry, 10, "Submitted"), .. Exits(0, "Intent")]),
        JournalState.FilledWithoutExits => (Trade(TradeStatus.Open), [Order(OrderRole.Entry, 10, "Filled"), .. Exits(0, "Intent")]),
        JournalState.OpenWithExits => (Trade(TradeStatus.Open), [Order(OrderRole.Entry, 10, "Filled"), .. Exits(11, "Submitted")]),
        JournalState.Closed => (Trade(TradeStatus.Closed),
            [Order(OrderRole.Entry, 10, "Filled"), Order(OrderRole.Target, 11, "Filled"), Order(OrderRole.Stop, 12, "Cancelled"), Order(OrderRole.Time, 13, "Cancelled")]),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static (List<BrokerOrder> Open, List<BrokerOrder> Completed, List<ExecutionReport> Executions, List<BrokerPosition> Positions) Broker(BrokerState state)
    {
        List<BrokerOrder> open = [], completed = [];
        List<ExecutionReport> executions = [];
        List<BrokerPosition> positions = [];
        switch (state)
        {
            case BrokerState.NoOrderOrPosition:
                break;
            case BrokerState.OurOrderWorking:
                open.Add(BrokerOrderOf(OrderRole.Entry, 10, "Submitted"));
                break;
            case BrokerState.OurExecutions:
                completed.Add(BrokerOrderOf(OrderRole.Entry, 0, "Filled", completed: true));
                completed.Add(BrokerOrderOf(OrderRole.Target, 0, "Filled", completed: true));
                executions.AddRange(Fills(OrderRole.Entry, 10, opening: true, Open));
                executions.AddRange(Fills(OrderRole.Target, 11, opening: false, Open.AddMinutes(30)));
                positions.AddRange(Held(0));
                break;
            case BrokerState.OurPositionWithExits:
                completed.Add(BrokerOrderOf(OrderRole.Entry, 0, "Filled", completed: true));
                executions.AddRange(Fills(OrderRole.Entry, 10, opening: true, Open));
                positions.AddRange(Held(1));
                open.Add(BrokerOrderOf(OrderRole.Target, 11, "Submitted"));
                open.Add(BrokerOrderOf(OrderRole.Stop, 12, "PreSubmitted"));
                open.Add(BrokerOrderOf(OrderRole.Time, 13, "PreSubmitted"));
                break;
            case BrokerState.OurPositionWithoutExits:
                completed.Add(BrokerOrderOf(OrderRole.Entry, 0, "Filled", completed: true));
                executions.AddRange(Fills(OrderRole.Entry, 10, opening: true, Open));
                positions.AddRange(Held(1));
                break;
            case BrokerState.PositionChangedWithoutOurOrder:
                completed.Add(BrokerOrderOf(OrderRole.Entry, 0, "Filled", completed: true));
                executions.AddRange(Fills(OrderRole.Entry, 10, opening: true, Open));
                executions.AddRange(Liquidation(Open.AddMinutes(40)));
                positions.AddRange(Held(0));
                break;
            case BrokerState.ForeignOnly:
                open.Add(Foreign());
                positions.Add(new BrokerPosition("DU1", 999, 5, "AAPL STK"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state));
        }

        return (open, completed, executions, positions);
    }

    public static TradeRecord Trade(TradeStatus status, int contracts = 1) =>
        new(1, Session, TradingMode.Simulated, "SPX", contracts, 100, status, null, null, 1.50m, null, null, null, null, null, null, 0, null, null, null, "",
        [
            Leg(1, LegPosition.LongPut, "P", 5900, 101), Leg(2, LegPosition.ShortPut, "P", 5920, 102),
            Leg(3, LegPosition.ShortCall, "C", 6080, 103), Leg(4, LegPosition.LongCall, "C", 6100, 104),
        ]);

    public static OrderRecord Order(OrderRole role, int orderId, string status, string? oca = "oca-1") =>
        new((int)role + 1, 1, Ref(role), orderId, null, role == OrderRole.Entry ? OrderAction.Buy : OrderAction.Sell,
            role switch { OrderRole.Stop => "STP", OrderRole.Time => "MKT", _ => "LMT" }, 1, 1.5m, null,
            role == OrderRole.Entry ? null : oca, status, status == "Filled" ? 1 : 0, null, null, Open, Open);

    public static BrokerOrder BrokerOrderOf(OrderRole role, int orderId, string status, bool completed = false, int clientId = ClientId) =>
        new(completed ? 0 : clientId, completed ? 0 : orderId, 5000 + (int)role, Ref(role).ToString(), status,
            role == OrderRole.Entry ? "BUY" : "SELL", "LMT", 1, status == "Filled" ? 1 : 0,
            role == OrderRole.Entry ? "" : "oca-1", LegIds, completed, $"SPX condor {role}");

    public static BrokerOrder Foreign() =>
        new(2, 77, 9077, "audit-script", "Submitted", "BUY", "LMT", 100, 0, "", [999], false, "AAPL STK LMT 150");

    /// <summary>The four leg fills and the combo-level fill of one of our orders (opening: wings bought, shorts sold).</summary>
    public static IEnumerable<ExecutionReport> Fills(OrderRole role, int orderId, bool opening, DateTimeOffset at, int quantity = 1)
    {
        var orderRef = Ref(role).ToString();
        var perm = 5000 + (int)role;
        yield return new ExecutionReport($"{role}.bag", orderId, perm, orderRef, 28812380, true,
            opening ? ExecutionSide.Bought : ExecutionSide.Sold, quantity, 1.5m, at, ClientId);
        foreach (var conId in LegIds)
        {
            var longLeg = conId is 101 or 104;
            var side = longLeg == opening ? ExecutionSide.Bought : ExecutionSide.Sold;
            yield return new ExecutionReport($"{role}.{conId}", orderId, perm, orderRef, conId, false, side, quantity, 1m, at, ClientId);
        }
    }

    /// <summary>The broker closing every leg with no order of ours (order id 0, no orderRef), as an auto-liquidation.</summary>
    public static IEnumerable<ExecutionReport> Liquidation(DateTimeOffset at) =>
        LegIds.Select(conId => new ExecutionReport($"liq.{conId}", 0, null, "", conId, false,
            conId is 101 or 104 ? ExecutionSide.Sold : ExecutionSide.Bought, 1, 2m, at, 0));

    /// <summary>Position rows of the condor, <paramref name="contracts"/> each (0 = closed today).</summary>
    public static IEnumerable<BrokerPosition> Held(int contracts) =>
        LegIds.Select(conId => new BrokerPosition("DU1", conId, conId is 101 or 104 ? contracts : -contracts, $"SPX opt {conId}"));

    private static IEnumerable<OrderRecord> Exits(int firstOrderId, string status) =>
    [
        Order(OrderRole.Target, firstOrderId, status), Order(OrderRole.Stop, firstOrderId == 0 ? 0 : firstOrderId + 1, status),
        Order(OrderRole.Time, firstOrderId == 0 ? 0 : firstOrderId + 2, status),
    ];

    private static LegRecord Leg(long id, LegPosition position, string right, decimal strike, int conId) =>
        new(id, position, right, strike, conId, null, null, null, null, null, null);
}
