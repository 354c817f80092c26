namespace Condor.Engine.Market;

/// <summary>One date on the exchange calendar, with the name of the rule that made it special (if any).</summary>
internal sealed record CalendarDay(DateOnly Date, DayKind Kind, string? Reason)
{
    public bool IsTradingDay => Kind is DayKind.Regular or DayKind.EarlyClose;
}
