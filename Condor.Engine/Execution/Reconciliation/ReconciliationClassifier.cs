using Condor.Engine.Broker;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// Sorts <see cref="ReconciliationFacts"/> into a cell of <see cref="ReconciliationTable"/> (pure). An order or
/// execution is ours when its orderRef is a Condor orderRef of the session (<see cref="OrderRef.TryParse"/>), or
/// its permId, or its (client id, order id), is one of a journaled or Condor order's; anything else is foreign.
/// </summary>
internal static class ReconciliationClassifier
{
    /// <summary>Journal phases of an exit that protects the position (sent and not being cancelled).</summary>
    private static readonly HashSet<string> LiveJournalPhases =
        [nameof(OrderPhase.PendingSubmit), nameof(OrderPhase.PreSubmitted), nameof(OrderPhase.Submitted), nameof(OrderPhase.PendingModify)];

    public static ReconciliationClassification Classify(ReconciliationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var journalByRef = facts.JournalOrders.ToDictionary(o => o.OrderRef.ToString(), StringComparer.Ordinal);
        var ours = new List<OwnOrder>();
        var foreignOrders = new List<BrokerOrder>();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var order in facts.OpenOrders.Concat(facts.CompletedOrders))
        {
            if (MatchOrder(facts, journalByRef, order.OrderRef, order.PermId, order.ClientId, order.OrderId) is { } match)
            {
                ours.Add(new OwnOrder(order, match.Ref, match.Journal));
                if (match.Journal is null)
                {
                    unknown.Add(match.Ref.ToString());
                }
            }
            else if (!order.Completed)
            {
                foreignOrders.Add(order);
            }
        }

        var ourExecutions = new List<(ExecutionReport Report, OrderRef Ref)>();
        var otherExecutions = new List<ExecutionReport>();
        foreach (var execution in facts.Executions)
        {
            var match = MatchOrder(facts, journalByRef, execution.OrderRef, execution.PermId ?? 0, execution.ClientId ?? 0, execution.OrderId)
                ?? MatchByBrokerOrder(ours, execution);
            if (match is { } m)
            {
                ourExecutions.Add((execution, m.Ref));
                if (m.Journal is null)
                {
                    unknown.Add(m.Ref.ToString());
                }
            }
            else
            {
                otherExecutions.Add(execution);
            }
        }

        var legIds = OurContracts(facts, ours, ourExecutions.Select(e => e.Report));
        var external = otherExecutions.Where(e => !e.IsCombo && legIds.Contains(e.ConId)).ToList();
        var legs = legIds.Order().Select(id => new LegHolding(
            id,
            facts.Positions.Where(p => p.ConId == id).Sum(p => p.Quantity),
            Net(ourExecutions.Select(e => e.Report), id),
            Net(external, id))).ToList();
        var foreignPositions = facts.Positions.Where(p => p.Quantity != 0 && !legIds.Contains(p.ConId)).ToList();
        var working = ours.Where(o => o.Order.IsWorking).ToList();
        var workingExits = working.Where(o => o.IsExit).Select(o => o.Ref.Role).ToHashSet();
        var entryReached = ours.Any(o => o.Ref.Role == OrderRole.Entry) || ourExecutions.Any(e => e.Ref.Role == OrderRole.Entry);

        var settled = facts.Trade is { Status: TradeStatus.Closed, ExitReason: ExitReason.Expiry };
        var broker = BrokerStateOf(legs, external, working, ourExecutions.Count > 0, workingExits.Count, foreignOrders.Count + foreignPositions.Count > 0, settled);
        return new ReconciliationClassification(
            JournalStateOf(facts), broker, ours, [.. ourExecutions.Select(e => e.Report)], external, foreignOrders,
            foreignPositions, [.. unknown], legs, workingExits, entryReached);
    }

    /// <summary>The row: from the trade's status and its journaled orders.</summary>
    public static JournalState JournalStateOf(ReconciliationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Trade?.Status switch
        {
            null => JournalState.NoTrade,
            TradeStatus.Closed or TradeStatus.NotFilled => JournalState.Closed,
            TradeStatus.Pending => facts.JournalOrders.Any(o => o.OrderRef.Role == OrderRole.Entry && (o.OrderId > 0 || o.Status != nameof(OrderPhase.Intent)))
                ? JournalState.EntryWorking
                : JournalState.EntryIntentOnly,
            _ => ReconciliationClassification.ExitRoles.All(role =>
                    facts.JournalOrders.Any(o => o.OrderRef.Role == role && LiveJournalPhases.Contains(o.Status)))
                ? JournalState.OpenWithExits
                : JournalState.FilledWithoutExits,
        };
    }

    /// <summary>The column, by precedence (see <see cref="BrokerState"/>).</summary>
    private static BrokerState BrokerStateOf(
        IReadOnlyList<LegHolding> legs, IReadOnlyList<ExecutionReport> external, IReadOnlyList<OwnOrder> working,
        bool anyOurFill, int workingExits, bool anyForeign, bool settled)
    {
        var held = legs.Where(l => l.Held != 0).ToList();
        if (external.Count > 0 || legs.Any(l => !l.ExplainedByUs)
            || held.Select(l => Math.Abs(l.Held)).Distinct().Count() > 1 || (held.Count > 0 && held.Count != legs.Count))
        {
            return BrokerState.PositionChangedWithoutOurOrder;
        }

        if (working.Any(o => !o.IsExit))
        {
            return BrokerState.OurOrderWorking;
        }

        if (held.Count > 0 && settled)
        {
            // Expired legs stay in the positions until the broker's overnight processing and no execution is ever
            // reported for them (DESIGN.md section 1, "Expiry"): the journal settled them, the round trip is done.
            return BrokerState.OurExecutions;
        }

        if (held.Count > 0)
        {
            return workingExits == ReconciliationClassification.ExitRoles.Count
                ? BrokerState.OurPositionWithExits
                : BrokerState.OurPositionWithoutExits;
        }

        if (anyOurFill)
        {
            return BrokerState.OurExecutions;
        }

        if (working.Count > 0)
        {
            return BrokerState.OurOrderWorking; // exits working with nothing ever filled
        }

        return anyForeign ? BrokerState.ForeignOnly : BrokerState.NoOrderOrPosition;
    }

    private static (OrderRef Ref, OrderRecord? Journal)? MatchOrder(
        ReconciliationFacts facts, Dictionary<string, OrderRecord> journalByRef, string? orderRef, long permId, int clientId, int orderId)
    {
        if (OrderRef.TryParse(orderRef, out var parsed))
        {
            if (parsed.SessionDate != facts.Session)
            {
                return null; // another session's Condor order: not this trade's (reported as foreign)
            }

            return (parsed, journalByRef.GetValueOrDefault(parsed.ToString()));
        }

        var journal = facts.JournalOrders.FirstOrDefault(o =>
            (permId > 0 && o.PermId == permId) || (orderId > 0 && clientId == facts.ClientId && o.OrderId == orderId));
        return journal is null ? null : (journal.OrderRef, journal);
    }

    /// <summary>An execution without orderRef of an order of ours the gateway reported (by permId, or client and order id).</summary>
    private static (OrderRef Ref, OrderRecord? Journal)? MatchByBrokerOrder(IReadOnlyList<OwnOrder> ours, ExecutionReport execution)
    {
        var order = ours.FirstOrDefault(o =>
            (execution.PermId is > 0 && o.Order.PermId == execution.PermId)
            || (execution.OrderId > 0 && o.Order.OrderId == execution.OrderId && o.Order.ClientId == execution.ClientId));
        return order is null ? null : (order.Ref, order.Journal);
    }

    private static HashSet<int> OurContracts(ReconciliationFacts facts, IReadOnlyList<OwnOrder> ours, IEnumerable<ExecutionReport> ourExecutions) =>
        facts.Trade is { } trade
            ? [.. trade.Legs.Select(l => l.ConId)]
            : [.. ours.SelectMany(o => o.Order.LegConIds).Concat(ourExecutions.Where(e => !e.IsCombo).Select(e => e.ConId))];

    private static decimal Net(IEnumerable<ExecutionReport> executions, int conId) =>
        executions.Where(e => !e.IsCombo && e.ConId == conId).Sum(e => e.Side == ExecutionSide.Bought ? e.Quantity : -e.Quantity);
}
