using Condor.Engine.Execution;
using Condor.Engine.Market;

namespace Condor.Web.Components.Pages;

/// <summary>
/// Today's plan as the schedule card shows it: a plain value made from the engine's <see cref="SessionSchedule"/>
/// (public because Razor components, and so their parameters, are public).
/// </summary>
public sealed record ScheduleView(
    DateOnly SessionDate, bool Trading, string ClosedBecause, DateOnly NextTradingDay, string? EarlyClose,
    string OwnerZone, IReadOnlyList<ScheduleMoment> Moments)
{
    internal static ScheduleView From(SessionSchedule plan, TimeZoneInfo ownerZone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(ownerZone);
        var closedBecause = plan.Day.Reason is { } reason ? $": {reason}" : plan.Day.Kind == DayKind.Weekend ? " (weekend)" : "";
        var earlyClose = plan.Day.Kind == DayKind.EarlyClose
            ? $"Early close{(plan.Day.Reason is { } why ? $" ({why})" : "")}."
            : null;
        return new ScheduleView(
            plan.SessionDate, plan.Entries.Count > 0, closedBecause, plan.NextTradingDay, earlyClose, ownerZone.Id,
            [.. plan.Entries.Select(e => new ScheduleMoment(e.What, TimeOnly.FromDateTime(e.NewYork.DateTime),
                TimeOnly.FromDateTime(e.Owner.DateTime), DayShift(e)))]);
    }

    private static string DayShift(ScheduleEntry entry) =>
        entry.Owner.Date == entry.NewYork.Date ? "" : entry.Owner.Date > entry.NewYork.Date ? " (+1 day)" : " (−1 day)";
}
