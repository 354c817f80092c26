using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Tws.Client;
using Condor.Web.Dashboard;

namespace Condor.Web.Apis;

/// <summary>
/// <c>/api/status</c>: the owner's (or an automation's, with the API token) view of the engine — the same snapshot the
/// Live page renders (<see cref="EngineStatus"/>): mode, the one clock, the connection, the eight phases, today's decision
/// (every candidate strike with its delta, the chosen ones and why), working orders, the position and its P/L, alerts.
/// </summary>
internal static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", (TradingEngine engine, ProcessClock clock, TwsClient broker) =>
        {
            var engineStatus = EngineStatus.From(engine.Snapshot);
            return TypedResults.Ok(new StatusResponse(
                engineStatus.Mode.ToString(),
                engineStatus.Now,
                clock.Anchor is { } anchor ? new RehearsalStatus(anchor.Start, anchor.Speed, anchor.StartedAtUtc) : null,
                engineStatus.Connection.State,
                broker.Handshake?.ServerVersion,
                engineStatus.Connection,
                engineStatus.SessionDate,
                engineStatus.Phases,
                engineStatus.Decision,
                engineStatus.WorkingOrders,
                engineStatus.Position,
                engineStatus.Alerts));
        });
        return app;
    }

    /// <summary>
    /// Mode; the process's one clock (<see cref="ServerTimeUtc"/>: virtual time in Simulated mode, whose anchor is
    /// <see cref="Rehearsal"/>, null on the real clock); the TWS connection (state as the engine sees it, server version
    /// once connected, and the details); then the engine's session: phases, decision, working orders, position, alerts.
    /// </summary>
    internal sealed record StatusResponse(
        string Mode,
        DateTimeOffset ServerTimeUtc,
        RehearsalStatus? Rehearsal,
        string Broker,
        int? BrokerServerVersion,
        ConnectionStatus Connection,
        DateOnly? SessionDate,
        IReadOnlyList<PhaseStatusView> Phases,
        DecisionView? Decision,
        IReadOnlyList<WorkingOrderStatus> WorkingOrders,
        PositionStatus? Position,
        IReadOnlyList<AlertStatus> Alerts);

    /// <summary>The rehearsal clock's anchor: the values to give an external <c>simulate</c> (or a restart) to share it.</summary>
    internal sealed record RehearsalStatus(DateTimeOffset Start, double Speed, DateTimeOffset StartedAtUtc);
}
