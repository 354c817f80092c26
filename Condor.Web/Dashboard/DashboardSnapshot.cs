using Condor.Engine.Configuration;
using Condor.Web.Components.Pages;

namespace Condor.Web.Dashboard;

/// <summary>
/// What the dashboard shows today, as one immutable value: the mode, the one clock's time, the TWS connection
/// and today's plan. Grows with the engine (phase, positions, P/L). Public because pages render it.
/// </summary>
public sealed record DashboardSnapshot(TradingMode Mode, DateTimeOffset Now, TimeZoneInfo OwnerZone, string Broker, ScheduleView Schedule);
