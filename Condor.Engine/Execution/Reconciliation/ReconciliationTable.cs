using static Condor.Engine.Execution.Reconciliation.AlertLevel;
using static Condor.Engine.Execution.Reconciliation.BrokerState;
using static Condor.Engine.Execution.Reconciliation.JournalState;
using static Condor.Engine.Execution.Reconciliation.ReconciliationAction;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// Issue 13's reconciliation rules as data: journal state × broker state, exactly one action per cell
/// (the owner's priorities: the rules executed exactly and never a surprise — no doubled order, no position
/// without exits, nothing lost from the journal, never an invented fill). Ambiguous = <see cref="AlertOnly"/>.
/// Orders and positions that are not Condor's are reported in every cell (<see cref="ReconciliationPlanner"/>);
/// the <see cref="ForeignOnly"/> column is "nothing of ours besides them", so it acts as the nothing-of-ours column.
/// Before the table, one guard (<see cref="ReconciliationPlanner"/>): a Condor orderRef of the session at the
/// gateway that the journal does not hold means the journal lost records — alert only, whatever the cell.
/// </summary>
internal static class ReconciliationTable
{
    public static IReadOnlyList<ReconciliationRule> Rules { get; } =
    [
        // No trade journaled. Anything of ours at the gateway means the journal lost records (or was deleted):
        // without the trade's legs and credit nothing can be adopted or re-priced, and no second entry may go out.
        new(NoTrade, NoOrderOrPosition, NothingToDo, None, "no trade journaled and nothing of ours at the gateway"),
        new(NoTrade, OurOrderWorking, AlertOnly, Urgent, "a Condor order of the session is working but the journal has no trade: records lost; nothing sent, no second entry"),
        new(NoTrade, OurExecutions, AlertOnly, Urgent, "Condor orders traded today but the journal has no trade to adopt them into: records lost; nothing sent"),
        new(NoTrade, OurPositionWithExits, AlertOnly, Urgent, "a Condor position with its exits is held but the journal has no trade: records lost; nothing sent"),
        new(NoTrade, OurPositionWithoutExits, AlertOnly, Urgent, "a Condor position WITHOUT exits is held but the journal has no trade to size and price exits from: nothing sent, act by hand"),
        new(NoTrade, PositionChangedWithoutOurOrder, AlertOnly, Urgent, "Condor fills and fills of no Condor order on the same contracts, no trade journaled: nothing sent"),
        new(NoTrade, ForeignOnly, ReportForeign, Warning, "only orders or positions that are not Condor's: reported, never touched"),

        // Pending trade, entry journaled as an intent only (crash between journaling and the gateway's answer).
        new(EntryIntentOnly, NoOrderOrPosition, Adopt, Info, "the entry is not live at the gateway: its final status is adopted if reported; with no trace at all it never left (crash recovery may retry once before the deadline, never after)"),
        new(EntryIntentOnly, OurOrderWorking, Adopt, Info, "the entry reached the gateway before its id was journaled: adopt its id, status and any partial fill; the chase goes on"),
        new(EntryIntentOnly, OurExecutions, CloseFromOurExecutions, Warning, "the entry filled and our own closing order flattened it while the journal missed the fills: adopt them, the trade closes with their reason"),
        new(EntryIntentOnly, OurPositionWithExits, Adopt, Warning, "the entry filled and its exits work while the journal missed it: adopt fills and exits"),
        new(EntryIntentOnly, OurPositionWithoutExits, ReattachExits, Urgent, "the entry filled while the journal had only the intent: adopt the fills and re-attach the three exits"),
        new(EntryIntentOnly, PositionChangedWithoutOurOrder, RecordExternalChange, Urgent, "fills of no Condor order on our contracts: journaled as they are (external), nothing sent"),
        new(EntryIntentOnly, ForeignOnly, Adopt, Info, "nothing of ours at the gateway besides foreign items: as with nothing at the gateway"),

        // Pending trade, entry acknowledged, no fill journaled.
        new(EntryWorking, NoOrderOrPosition, Adopt, Info, "the entry ended at the gateway unfilled (cancelled, rejected): adopt its final status; no retry, it was at the gateway"),
        new(EntryWorking, OurOrderWorking, Adopt, None, "the entry is working as journaled: adopt any status or partial fill the journal lacks"),
        new(EntryWorking, OurExecutions, CloseFromOurExecutions, Warning, "the entry filled and our own closing order flattened it while the journal missed the fills: adopt them, the trade closes with their reason"),
        new(EntryWorking, OurPositionWithExits, Adopt, Warning, "the entry filled and its exits work while the journal missed it: adopt fills and exits"),
        new(EntryWorking, OurPositionWithoutExits, ReattachExits, Urgent, "the entry filled while the journal missed it: adopt the fills and re-attach the three exits"),
        new(EntryWorking, PositionChangedWithoutOurOrder, RecordExternalChange, Urgent, "fills of no Condor order on our contracts: journaled as they are (external), nothing sent"),
        new(EntryWorking, ForeignOnly, Adopt, Info, "nothing of ours at the gateway besides foreign items: as with nothing at the gateway"),

        // Open trade, exits not all journaled as working (crash between fill and exits, an exit rejected or cancelled).
        new(FilledWithoutExits, NoOrderOrPosition, AlertOnly, Urgent, "the journal has fills but the gateway reports neither the position nor any fill of ours: never invent a fill; nothing sent"),
        new(FilledWithoutExits, OurOrderWorking, Adopt, Info, "the entry (partly filled) or the kill order is still working: adopt what the journal lacks; exits follow when it ends"),
        new(FilledWithoutExits, OurExecutions, CloseFromOurExecutions, Warning, "our exit or kill order flattened the position: adopt the closing fills, the trade closes with their reason"),
        new(FilledWithoutExits, OurPositionWithExits, Adopt, Info, "the exits are working although the journal missed their acknowledgement: adopt ids and statuses"),
        new(FilledWithoutExits, OurPositionWithoutExits, ReattachExits, Urgent, "the position lacks exits: re-attach the missing ones in one OCA group"),
        new(FilledWithoutExits, PositionChangedWithoutOurOrder, RecordExternalChange, Urgent, "the position changed without an order of ours (e.g. the broker's liquidation): journaled as it is, closed as external when flat, nothing sent"),
        new(FilledWithoutExits, ForeignOnly, AlertOnly, Urgent, "the journal has fills but the gateway holds only foreign items: never invent a fill; nothing sent"),

        // Open trade with its three exits journaled as working.
        new(OpenWithExits, NoOrderOrPosition, AlertOnly, Urgent, "the journal says open with exits, the gateway has no position, no order and no fill of ours: never invent a fill; nothing sent"),
        new(OpenWithExits, OurOrderWorking, AlertOnly, Urgent, "an entry or kill order of ours is working while the journal has the exits working: inconsistent; nothing sent"),
        new(OpenWithExits, OurExecutions, CloseFromOurExecutions, Warning, "an exit of ours filled and flattened the position: adopt the closing fills, the trade closes with their reason"),
        new(OpenWithExits, OurPositionWithExits, Adopt, None, "position and exits as journaled: adopt any status or fill the journal lacks"),
        new(OpenWithExits, OurPositionWithoutExits, ReattachExits, Urgent, "an exit is no longer working at the gateway (cancelled, rejected) while the position is open: re-attach the missing ones"),
        new(OpenWithExits, PositionChangedWithoutOurOrder, RecordExternalChange, Urgent, "the position changed without an order of ours (e.g. the broker's liquidation): journaled as it is, closed as external when flat, nothing sent"),
        new(OpenWithExits, ForeignOnly, AlertOnly, Urgent, "the journal says open but the gateway holds only foreign items: never invent a fill; nothing sent"),

        // The trade ended (closed, or abandoned as not filled).
        new(Closed, NoOrderOrPosition, Adopt, None, "the trade ended and nothing of ours is live: adopt any final status the journal lacks"),
        new(Closed, OurOrderWorking, AlertOnly, Urgent, "an entry or kill order of ours is working for a trade the journal ended: it could open an unprotected position; nothing sent, act by hand"),
        new(Closed, OurExecutions, Adopt, None, "the day's round trip as the gateway reports it: adopt any fill the journal lacks"),
        new(Closed, OurPositionWithExits, Adopt, Warning, "the gateway holds our position with its exits although the journal ended the trade: the broker is the truth, adopting the fills reopens it"),
        new(Closed, OurPositionWithoutExits, ReattachExits, Urgent, "our entry filled after the journal ended the trade (a fill that beat the cancel): adopt the fills (the trade reopens) and attach the exits"),
        new(Closed, PositionChangedWithoutOurOrder, RecordExternalChange, Urgent, "fills of no Condor order on the ended trade's contracts: journaled as they are, nothing sent"),
        new(Closed, ForeignOnly, Adopt, None, "nothing of ours at the gateway besides foreign items: as with nothing at the gateway"),
    ];

    /// <summary>The one rule of a cell.</summary>
    public static ReconciliationRule Find(JournalState journal, BrokerState broker) =>
        Rules.Single(r => r.Journal == journal && r.Broker == broker);
}
