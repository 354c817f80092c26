using Condor.Engine.Broker;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// Facts → the table's action → a <see cref="ReconciliationPlan"/> (pure). One guard comes before the table: a
/// Condor orderRef of the session at the gateway that the journal does not hold means the journal lost records, and
/// nothing can be adopted or repaired safely (a repaired exit could even reuse the lost order's orderRef): alert only.
/// Likewise an execution the gateway reported but that could not be read.
/// Foreign orders and positions are reported in every cell, never touched.
/// </summary>
internal static class ReconciliationPlanner
{
    /// <summary>The guard's rule, applied instead of the cell's when the journal lacks Condor orders the gateway has.</summary>
    public const string LostRecordsReason =
        "the gateway has Condor orders of the session that the journal does not hold: records lost; nothing journaled, nothing sent, no new entry";

    /// <summary>The guard's rule when an execution could not be read: it may be a fill of ours.</summary>
    public const string UnreadableReason =
        "the gateway reported executions that could not be read (side, quantity or price): never guessed; nothing journaled, nothing sent";

    public static ReconciliationPlan Plan(ReconciliationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var c = ReconciliationClassifier.Classify(facts);
        var rule = ReconciliationTable.Find(c.Journal, c.Broker);
        if (c.UnknownCondorRefs.Count > 0 && !rule.IsAmbiguous)
        {
            rule = rule with { Action = ReconciliationAction.AlertOnly, Alert = AlertLevel.Urgent, Reason = LostRecordsReason };
        }
        else if (facts.UnreadableExecutions > 0 && !rule.IsAmbiguous)
        {
            rule = rule with { Action = ReconciliationAction.AlertOnly, Alert = AlertLevel.Urgent, Reason = UnreadableReason };
        }

        var steps = new List<ReconciliationStep>();
        switch (rule.Action)
        {
            case ReconciliationAction.Adopt:
                steps.AddRange(AdoptSteps(facts, c, external: false));
                break;
            case ReconciliationAction.ReattachExits:
                steps.AddRange(AdoptSteps(facts, c, external: false));
                steps.Add(new ReattachExitsStep(RepairRequest(facts, c)));
                break;
            case ReconciliationAction.CloseFromOurExecutions:
                steps.AddRange(AdoptSteps(facts, c, external: false));
                steps.Add(new ExpectClosedStep(facts.Trade!.Id));
                break;
            case ReconciliationAction.RecordExternalChange:
                steps.AddRange(AdoptSteps(facts, c, external: true));
                if (!c.Holding && facts.Trade is { Status: not (TradeStatus.Closed or TradeStatus.NotFilled) } open
                    && c.OurExecutions.Any(e => !e.IsCombo))
                {
                    steps.Add(new ExpectClosedStep(open.Id));
                }

                break;
        }

        return new ReconciliationPlan(facts, rule, c, steps, Alerts(facts, c, rule), MayEnter(c, rule));
    }

    private static bool MayEnter(ReconciliationClassification c, ReconciliationRule rule) =>
        c.Journal is JournalState.NoTrade or JournalState.EntryIntentOnly
        && !c.EntryReachedBroker && !c.Holding && !rule.IsAmbiguous;

    /// <summary>Ids, then statuses, then fills (in execution order): what the journal lacks of ours, and with <paramref name="external"/> the fills on our legs of no order of ours.</summary>
    private static IEnumerable<ReconciliationStep> AdoptSteps(ReconciliationFacts facts, ReconciliationClassification c, bool external)
    {
        var known = c.OurOrders.Where(o => o.Journal is not null).GroupBy(o => o.Ref).Select(g => g.OrderBy(o => o.Order.Completed).First()).ToList();
        var ids = new List<ReconciliationStep>();
        var statuses = new List<ReconciliationStep>();
        foreach (var own in known)
        {
            var journal = own.Journal!;
            var orderId = journal.OrderId;
            if (orderId == 0 && IdOf(own, c.OurExecutions) is { } id)
            {
                ids.Add(new AttachOrderIdStep(own.Ref, id.ClientId, id.OrderId));
                orderId = id.OrderId;
            }

            if (orderId > 0 && own.Order.Status.Length > 0 && own.Order.Status != journal.Status
                && FillOf(own, c.OurExecutions) is { } fill)
            {
                statuses.Add(new AdoptStatusStep(own.Ref, new OrderStatusUpdate(
                    orderId, own.Order.Status, fill.Filled, Math.Max(0, own.Order.Quantity - fill.Filled), fill.Average,
                    own.Order.PermId > 0 ? own.Order.PermId : null, facts.ClientId)));
            }
        }

        var fills = c.OurExecutions.Select(e => new AdoptExecutionStep(e, External: false));
        if (external)
        {
            fills = fills.Concat(c.ExternalExecutions.Select(e => new AdoptExecutionStep(e, External: true)));
        }

        return ids.Concat(statuses).Concat(fills.OrderBy(f => f.Execution.ExecutedUtc).ThenBy(f => f.Execution.ExecId, StringComparer.Ordinal));
    }

    /// <summary>The order id of an order of ours: as the gateway's open order reports it, or from one of its fills.</summary>
    private static (int ClientId, int OrderId)? IdOf(OwnOrder own, IReadOnlyList<ExecutionReport> executions)
    {
        if (own.Order.OrderId > 0)
        {
            return (own.Order.ClientId, own.Order.OrderId);
        }

        var fill = executions.FirstOrDefault(e => e.OrderRef == own.Ref.ToString() && e.OrderId > 0 && e.ClientId is not null);
        return fill is null ? null : (fill.ClientId!.Value, fill.OrderId);
    }

    /// <summary>
    /// The order's filled quantity and average price from its combo-level fills (IB reports the BAG's own fill beside
    /// the legs'); null when the gateway says it filled but no fill of it is reported (never invent a price).
    /// </summary>
    private static (decimal Filled, decimal Average)? FillOf(OwnOrder own, IReadOnlyList<ExecutionReport> executions)
    {
        var combo = executions.Where(e => e.IsCombo && e.OrderRef == own.Ref.ToString()).ToList();
        var filled = combo.Sum(e => e.Quantity);
        var reported = Math.Max(own.Order.Filled, own.Order.Status == nameof(OrderStatus.Filled) ? own.Order.Quantity : 0);
        if (reported > filled)
        {
            return null;
        }

        return (filled, filled == 0 ? 0 : Math.Round(combo.Sum(e => e.Price * e.Quantity) / filled, 4));
    }

    private static ExitReattachRequest RepairRequest(ReconciliationFacts facts, ReconciliationClassification c)
    {
        var working = c.OurOrders.Where(o => o.IsExit && o.Order.IsWorking).ToList();
        var contracts = (int)c.Legs.Where(l => l.Held != 0).Select(l => Math.Abs(l.Held)).DefaultIfEmpty(0).Max();
        var oca = working.Select(o => o.Order.OcaGroup).FirstOrDefault(g => g.Length > 0);
        var ended = c.OurOrders.Where(o => o.IsExit && !o.Order.IsWorking && !working.Any(w => w.Ref == o.Ref))
            .GroupBy(o => o.Ref).ToDictionary(g => g.Key, g => g.First().Order.Status);
        return new ExitReattachRequest(facts.Trade!.Id, contracts, c.MissingExits, [.. working.Select(o => o.Ref)], oca, ended);
    }

    private static List<ReconciliationAlert> Alerts(ReconciliationFacts facts, ReconciliationClassification c, ReconciliationRule rule)
    {
        var alerts = new List<ReconciliationAlert>();
        var described = ReconciliationFactsText.Describe(facts, c);
        if (rule.Alert != AlertLevel.None && rule.Action != ReconciliationAction.ReportForeign)
        {
            alerts.Add(new ReconciliationAlert(rule.Alert, $"Reconciliation ({c.Journal} × {c.Broker}): {rule.Reason}. {described}",
                $"rule:{c.Journal}:{c.Broker}:{rule.Action}:{(rule.Reason == LostRecordsReason ? "lost" : rule.Reason == UnreadableReason ? "unreadable" : "cell")}"));
        }

        if (c.ForeignOrders.Count + c.ForeignPositions.Count > 0)
        {
            alerts.Add(new ReconciliationAlert(AlertLevel.Warning,
                "Not Condor's, never touched: " + ReconciliationFactsText.Foreign(c),
                "foreign:" + string.Join(",", c.ForeignOrders.Select(o => $"o{o.ClientId}.{o.OrderId}.{o.PermId}").Concat(c.ForeignPositions.Select(p => $"p{p.ConId}.{p.Quantity}")).Order(StringComparer.Ordinal))));
        }

        var strays = c.OurOrders.Where(o => o.IsExit && o.Order.IsWorking).ToList();
        if (!c.Holding && strays.Count > 0 && !rule.IsAmbiguous)
        {
            alerts.Add(new ReconciliationAlert(AlertLevel.Urgent,
                $"Exit orders of ours still working with nothing held: {string.Join(", ", strays.Select(o => o.Ref))}; " +
                "a fill would open a new position; reconciliation cancels nothing (use the kill switch to cancel Condor's orders).",
                "stray:" + string.Join(",", strays.Select(o => o.Ref))));
        }

        var traceless = facts.JournalOrders.Where(o => o.Status is not (nameof(OrderPhase.Intent) or nameof(OrderPhase.Filled) or nameof(OrderPhase.Cancelled))
            && !c.OurOrders.Any(own => own.Ref == o.OrderRef)).ToList();
        if (traceless.Count > 0)
        {
            alerts.Add(new ReconciliationAlert(AlertLevel.Urgent,
                $"The journal has {string.Join(", ", traceless.Select(o => $"{o.OrderRef} ({o.Status})"))} at the gateway, which has no trace of it (not open, not completed).",
                "traceless:" + string.Join(",", traceless.Select(o => o.OrderRef))));
        }

        return alerts;
    }
}
