using System.Collections.Immutable;
using Condor.Engine.Configuration;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>
/// Everything the engine knows at one instant, immutable: the dashboard, <c>GET /api/status</c> and the bots read
/// this and never the engine's working state (CONVENTIONS.md "One writer"). The engine replaces it as a whole after
/// every change; a reader holding one never sees it change under it.
/// </summary>
/// <param name="Mode">The trading mode the engine runs in.</param>
/// <param name="Now">The engine's clock (the one <see cref="TimeProvider"/>) when the snapshot was taken.</param>
/// <param name="Connection">The broker connection as the engine sees it.</param>
/// <param name="SessionDate">The exchange date the engine works on (today's session, or the next one).</param>
/// <param name="Phases">The eight entry phases of that session.</param>
/// <param name="Decision">Today's decision once phase 5 ran, or the no-trade reason; null before anything was decided.</param>
/// <param name="WorkingOrders">Our orders still working at the broker.</param>
/// <param name="Position">The open position; null when there is none.</param>
/// <param name="RecentAlerts">The latest alerts, newest first (at most <see cref="MaxAlerts"/>).</param>
internal sealed record EngineSnapshot(
    TradingMode Mode,
    DateTimeOffset Now,
    ConnectionView Connection,
    DateOnly? SessionDate,
    PhaseBoard Phases,
    DayDecision? Decision,
    ImmutableArray<WorkingOrderView> WorkingOrders,
    PositionView? Position,
    ImmutableArray<EngineAlert> RecentAlerts)
{
    /// <summary>How many alerts the snapshot keeps.</summary>
    public const int MaxAlerts = 20;

    /// <summary>The session's kill switch: null (not pressed), "pending" (accepted, runs on reconnect) or "done".</summary>
    public string? KillSwitch { get; init; }

    /// <summary>Entries are paused until resumed (persisted across restarts).</summary>
    public bool Paused { get; init; }

    /// <summary>The snapshot of an engine that has not started: disconnected, nothing decided.</summary>
    public static EngineSnapshot Initial(TradingMode mode, DateTimeOffset now) => new(
        mode,
        now,
        new ConnectionView(ConnectionState.Disconnected, "not connected yet", now, 0),
        null,
        PhaseBoard.Fresh,
        null,
        [],
        null,
        []);

    /// <summary>This snapshot with <paramref name="alert"/> added as the newest, the oldest dropped beyond <see cref="MaxAlerts"/>.</summary>
    public EngineSnapshot WithAlert(EngineAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var alerts = RecentAlerts.Insert(0, alert);
        return this with { RecentAlerts = alerts.Length > MaxAlerts ? alerts.RemoveRange(MaxAlerts, alerts.Length - MaxAlerts) : alerts };
    }
}
