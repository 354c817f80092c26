using Condor.Engine.Configuration;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Strategy;

namespace Condor.Web.Dashboard;

/// <summary>
/// The engine's snapshot (<see cref="EngineSnapshot"/>) as plain public values: what the Live page renders and what
/// <c>GET /api/status</c> answers — one mapping, so both show the same thing. Enums are their names.
/// </summary>
public sealed record EngineStatus(
    TradingMode Mode,
    DateTimeOffset Now,
    ConnectionStatus Connection,
    DateOnly? SessionDate,
    IReadOnlyList<PhaseStatusView> Phases,
    DecisionView? Decision,
    IReadOnlyList<WorkingOrderStatus> WorkingOrders,
    PositionStatus? Position,
    IReadOnlyList<AlertStatus> Alerts)
{
    internal static EngineStatus From(EngineSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var c = snapshot.Connection;
        return new EngineStatus(
            snapshot.Mode,
            snapshot.Now,
            new ConnectionStatus(c.State.ToString(), c.Detail, c.Since, c.ReconnectAttempts),
            snapshot.SessionDate,
            [.. snapshot.Phases.Phases.Select(p => new PhaseStatusView(p.Phase.ToString(), p.Status.ToString(), p.StartedAt, p.EndedAt, p.Message))],
            snapshot.Decision is { } d ? DecisionOf(d) : null,
            [.. snapshot.WorkingOrders.Select(o => new WorkingOrderStatus(o.OrderRef, o.Role.ToString(), o.Quantity, o.LimitPrice, o.Status, o.Filled))],
            snapshot.Position is { } p ? PositionOf(p) : null,
            [.. snapshot.RecentAlerts.Select(a => new AlertStatus(a.At, a.Urgent, a.Message))]);
    }

    private static DecisionView DecisionOf(DayDecision d) => new(
        d.SessionDate,
        Candidates(d.Put),
        Candidates(d.Call),
        d.Put?.Explanation,
        d.Call?.Explanation,
        d.Chosen is { } k ? new StrikesView(k.LongPut, k.ShortPut, k.ShortCall, k.LongCall) : null,
        d.Why,
        d.Quote?.MidCredit,
        d.Quote?.NaturalCredit,
        d.IndexLast,
        d.VixLast,
        d.Margin?.PerContract,
        d.Margin?.Source,
        d.Quantity,
        d.NoTradeReason);

    private static CandidateView[] Candidates(DeltaSelection? selection) => selection is null ? [] :
        [.. selection.Candidates.Select(c => new CandidateView(c.Strike, c.Delta, c.Points, c.Verdict.ToString(), c.Strike == selection.Chosen?.Strike))];

    private static PositionStatus PositionOf(PositionView p) => new(
        p.TradeId,
        p.Quantity,
        p.FillCredit,
        [.. p.Legs.Select(l => new LegStatus(l.Right.ToString(), l.Strike, l.Quantity, l.FillPrice, l.Mid, l.PnlDollars))],
        p.ComboMid,
        p.PnlDollars,
        p.PnlPercentOfCredit,
        p.IndexLast,
        p.DistanceToShortPut,
        p.DistanceToShortCall,
        [.. p.Exits.Select(e => new ExitStatus(e.Role.ToString(), e.OrderRef, e.Price, e.Status))]);
}
