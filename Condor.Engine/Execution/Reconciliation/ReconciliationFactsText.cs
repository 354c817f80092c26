using System.Globalization;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>The facts behind a reconciliation decision in plain words, for alerts and the audit log.</summary>
internal static class ReconciliationFactsText
{
    public static string Describe(ReconciliationFacts facts, ReconciliationClassification c)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(c);
        var parts = new List<string>
        {
            facts.Trade is { } t
                ? Text($"Journal: trade {t.Id} {t.Status}, {t.Contracts} contract(s), orders [{string.Join(", ", facts.JournalOrders.Select(o => $"{o.OrderRef} {o.Status}"))}]")
                : "Journal: no trade for " + facts.Session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "Gateway: " + (c.Legs.Count == 0
                ? "no contract of ours"
                : string.Join(", ", c.Legs.Select(l => Text($"conId {l.ConId} held {l.Held} (our fills {l.OurNet}, others' {l.ExternalNet})")))),
            "our orders [" + string.Join(", ", c.OurOrders.Select(o => $"{o.Ref} {o.Order.Status}{(o.Journal is null ? " NOT IN JOURNAL" : "")}")) + "]",
            Text($"{c.OurExecutions.Count(e => !e.IsCombo)} leg fill(s) of ours, {c.ExternalExecutions.Count} of no order of ours"),
        };
        if (c.ExternalExecutions.Count > 0)
        {
            parts.Add("others' fills [" + string.Join(", ", c.ExternalExecutions.Select(Fill)) + "]");
        }

        if (c.Legs.Any(l => l.Unexplained))
        {
            parts.Add("a position no fill reported today explains");
        }

        return string.Join("; ", parts) + ".";
    }

    /// <summary>The foreign orders and positions, one per item.</summary>
    public static string Foreign(ReconciliationClassification c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var items = c.ForeignOrders.Select(o => Text($"order {o.OrderId} of client {o.ClientId} ({o.Description}, {o.Status}{(o.OrderRef.Length > 0 ? ", ref " + o.OrderRef : "")})"))
            .Concat(c.ForeignPositions.Select(p => Text($"position {p.Quantity} {p.Description} (conId {p.ConId}, {p.Account})")));
        return string.Join("; ", items) + ".";
    }

    /// <summary>A fill in words (the audit's "adopted fill …").</summary>
    public static string Fill(ExecutionReport e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Text($"{e.ExecId}: {(e.Side == ExecutionSide.Bought ? "bought" : "sold")} {e.Quantity} {(e.IsCombo ? "combo" : "conId " + e.ConId.ToString(CultureInfo.InvariantCulture))} at {e.Price} ({(string.IsNullOrEmpty(e.OrderRef) ? $"order {e.OrderId}, no orderRef of ours" : e.OrderRef)}) {e.ExecutedUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z");
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
