using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// What the exit re-attach routine (<see cref="ExitReattachRoutine"/>, bound to the orders' routines) is asked:
/// the trade's position is held at the gateway and these exits are not working there. It reads the trade's fill
/// credit from the journal (the fills are adopted first), journals each new exit intent before placing it, and
/// places only the missing roles, sized to <paramref name="Contracts"/>, in <paramref name="OcaGroup"/> when one
/// of the trade's exits still works (else a new group). After the session's close it places nothing and says so.
/// </summary>
/// <param name="TradeId">The journaled trade.</param>
/// <param name="Contracts">Contracts held at the gateway (per leg).</param>
/// <param name="Missing">The exit roles not working at the gateway.</param>
/// <param name="Working">orderRefs of the trade's exits still working at the gateway (left as they are).</param>
/// <param name="OcaGroup">The OCA group of the working exits; null when none works.</param>
/// <param name="Ended">
/// The trade's exits the gateway reports but that no longer work, with IB's status (Cancelled, ApiCancelled,
/// Inactive...): the routine's rules differ for a cancelled exit (re-placed once) and a rejected one (never re-sent
/// unchanged). A missing role with no entry here is absent at the gateway altogether.
/// </param>
internal sealed record ExitReattachRequest(
    long TradeId, int Contracts, IReadOnlyList<OrderRole> Missing, IReadOnlyList<OrderRef> Working, string? OcaGroup,
    IReadOnlyDictionary<OrderRef, string> Ended);
