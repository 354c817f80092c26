using Condor.Engine.Configuration;
using Condor.Web.Components.Pages;

namespace Condor.Web.Dashboard;

/// <summary>
/// What the dashboard shows, as one immutable value: the engine's snapshot (<see cref="EngineStatus"/>: mode, clock,
/// connection, phases, decision, orders, position, alerts), the owner's zone and today's plan. Public because pages render it.
/// </summary>
public sealed record DashboardSnapshot(EngineStatus Engine, TimeZoneInfo OwnerZone, ScheduleView Schedule)
{
    public TradingMode Mode => Engine.Mode;

    /// <summary>The one clock's time when the snapshot was taken.</summary>
    public DateTimeOffset Now => Engine.Now;

    /// <summary>The broker connection's state name (Connected, Disconnected, ...).</summary>
    public string Broker => Engine.Connection.State;
}
