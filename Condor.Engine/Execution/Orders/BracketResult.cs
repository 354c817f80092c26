using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Phase 8's outcome: the plan priced from the fill credit, the OCA group, the three exits as placed.
/// <see cref="Protected"/> = all three acknowledged by the gateway; otherwise <see cref="Alerts"/> holds an urgent one.
/// </summary>
internal sealed record BracketResult(
    bool Protected,
    ExitPlan Plan,
    ExitGroup Group,
    Contract Combo,
    IReadOnlyList<ExitOrder> Exits,
    IReadOnlyList<OrderAlert> Alerts)
{
    public ExitOrder? Exit(Journal.OrderRole role) => Exits.LastOrDefault(e => e.Role == role);
}
