using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// Carries out a <see cref="ReconciliationPlan"/>: journal writes (actor <see cref="AuditActor.Reconciliation"/>,
/// "adopted fill …" in the audit log), then the exit repair — the only thing ever sent to the broker — then the
/// checks. The decision is audited first, so an interrupted run leaves its reason behind.
/// </summary>
internal static class ReconciliationExecutor
{
    public static async Task<ReconciliationOutcome> ExecuteAsync(
        ReconciliationPlan plan, IJournal journal, ExitReattachRoutine repairExits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(repairExits);
        var c = plan.Classification;
        var tradeId = plan.Facts.Trade?.Id;
        await AuditAsync(journal, AuditKind.Decision, $"reconciliation: {c.Journal} × {c.Broker} → {plan.Action}: {plan.Rule.Reason}",
            string.Join(Environment.NewLine, plan.Alerts.Select(a => $"{a.Level}: {a.Text}")), tradeId, cancellationToken).ConfigureAwait(false);

        var alerts = new List<ReconciliationAlert>(plan.Alerts);
        int fills = 0, orderFacts = 0;
        ExitReattachResult? repair = null;
        foreach (var step in plan.Steps)
        {
            switch (step)
            {
                case AttachOrderIdStep s:
                    await journal.AttachOrderIdAsync(s.OrderRef, s.ClientId, s.OrderId, cancellationToken).ConfigureAwait(false);
                    orderFacts++;
                    await AuditAsync(journal, AuditKind.OrderAction, $"adopted order {s.OrderRef}: order id {s.OrderId} of client {s.ClientId}", null, tradeId, cancellationToken).ConfigureAwait(false);
                    break;
                case AdoptStatusStep s when await journal.RecordOrderStatusAsync(s.Update, cancellationToken).ConfigureAwait(false):
                    orderFacts++;
                    await AuditAsync(journal, AuditKind.OrderAction, $"adopted status of {s.OrderRef}: {s.Update.Status}, filled {s.Update.Filled}", null, tradeId, cancellationToken).ConfigureAwait(false);
                    break;
                case AdoptExecutionStep s when await journal.RecordExecutionAsync(s.Execution, cancellationToken).ConfigureAwait(false):
                    fills++;
                    await AuditAsync(journal, AuditKind.OrderAction, $"adopted fill {ReconciliationFactsText.Fill(s.Execution)}{(s.External ? " — from no order of Condor's" : "")}", null, tradeId, cancellationToken).ConfigureAwait(false);
                    break;
                case ReattachExitsStep s:
                    repair = await RepairAsync(journal, repairExits, s.Request, alerts, cancellationToken).ConfigureAwait(false);
                    break;
                case ExpectClosedStep s:
                    await CheckClosedAsync(journal, s.TradeId, alerts, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        var trade = tradeId is { } id ? await journal.GetTradeAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return new ReconciliationOutcome(plan, fills, orderFacts, repair, trade, alerts);
    }

    private static async Task<ExitReattachResult?> RepairAsync(
        IJournal journal, ExitReattachRoutine repairExits, ExitReattachRequest request, List<ReconciliationAlert> alerts, CancellationToken cancellationToken)
    {
        var trade = await journal.GetTradeAsync(request.TradeId, cancellationToken).ConfigureAwait(false);
        if (trade?.Status != TradeStatus.Open)
        {
            alerts.Add(new ReconciliationAlert(AlertLevel.Urgent,
                $"Exits not re-attached: after adopting the fills the journal shows trade {request.TradeId} {trade?.Status.ToString() ?? "missing"}, not open. Nothing sent.",
                $"repair-skipped:{request.TradeId}"));
            return null;
        }

        var result = await repairExits(request, cancellationToken).ConfigureAwait(false);
        var text = result.Repaired
            ? $"Re-attached exits {string.Join(", ", result.Placed)} ({string.Join(", ", request.Missing)} were missing) for {request.Contracts} contract(s). {result.Detail}"
            : $"Exits NOT re-attached ({string.Join(", ", request.Missing)} missing for {request.Contracts} contract(s)): {result.Detail}";
        alerts.Add(new ReconciliationAlert(AlertLevel.Urgent, text, $"repair:{request.TradeId}:{string.Join(",", request.Missing)}:{result.Repaired}"));
        await AuditAsync(journal, AuditKind.OrderAction, "reconciliation: " + text, null, request.TradeId, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task CheckClosedAsync(IJournal journal, long tradeId, List<ReconciliationAlert> alerts, CancellationToken cancellationToken)
    {
        var trade = await journal.GetTradeAsync(tradeId, cancellationToken).ConfigureAwait(false);
        alerts.Add(trade is { Status: TradeStatus.Closed }
            ? new ReconciliationAlert(trade.ExitReason == ExitReason.External ? AlertLevel.Urgent : AlertLevel.Warning,
                $"Trade {tradeId} closed by reconciliation from the gateway's fills: exit reason {trade.ExitReason}, P/L {trade.PnlGross} gross.", $"closed:{tradeId}")
            : new ReconciliationAlert(AlertLevel.Urgent,
                $"Trade {tradeId} is {trade?.Status.ToString() ?? "missing"} after adopting the gateway's fills: they do not close every leg; no fill invented, nothing sent.", $"not-closed:{tradeId}"));
    }

    private static Task AuditAsync(IJournal journal, AuditKind kind, string message, string? detail, long? tradeId, CancellationToken cancellationToken) =>
        journal.AppendAuditAsync(new AuditEntry(AuditActor.Reconciliation, kind, message, string.IsNullOrEmpty(detail) ? null : detail, tradeId), cancellationToken);
}
