using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// What the exit-repair routine (the orders helper's <c>ExitRepair</c>, Condor.Engine/Execution/Orders) is asked:
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
internal sealed record ExitRepairRequest(
    long TradeId, int Contracts, IReadOnlyList<OrderRole> Missing, IReadOnlyList<OrderRef> Working, string? OcaGroup);
