namespace Condor.Engine.Market;

/// <summary>
/// The NYSE/Cboe trading calendar for 2000–2100: weekends, rule holidays and early closes
/// (<see cref="HolidayRules"/>), the built-in historical closures and extra closures from configuration
/// (<c>Condor:Schedule:ExtraClosures</c>, passed in; an extra closure on an early-close day makes it a holiday).
/// Historical one-off early closes before 2018 that no rule predicts (e.g. 2002-07-05) are not modelled.
/// </summary>
internal sealed class ExchangeCalendar
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private readonly Dictionary<DateOnly, CalendarDay> _special = [];

    public ExchangeCalendar(IEnumerable<DateOnly> extraClosures)
    {
        ArgumentNullException.ThrowIfNull(extraClosures);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            foreach (var (date, name) in HolidayRules.EarlyCloses(year))
            {
                _special[date] = new CalendarDay(date, DayKind.EarlyClose, name);
            }

            foreach (var (date, name) in HolidayRules.Holidays(year))
            {
                _special[date] = new CalendarDay(date, DayKind.Holiday, name);
            }
        }

        foreach (var (date, name) in HistoricalClosures.All)
        {
            _special[date] = new CalendarDay(date, DayKind.Holiday, name);
        }

        foreach (var date in extraClosures)
        {
            EnsureInRange(date);
            if (!IsWeekend(date))
            {
                _special[date] = new CalendarDay(date, DayKind.Holiday, "Extra closure (configuration)");
            }
        }
    }

    /// <summary>A calendar with only the built-in rules and closures.</summary>
    public static ExchangeCalendar Default { get; } = new([]);

    public CalendarDay GetDay(DateOnly date)
    {
        EnsureInRange(date);
        if (IsWeekend(date))
        {
            return new CalendarDay(date, DayKind.Weekend, null);
        }

        return _special.TryGetValue(date, out var day) ? day : new CalendarDay(date, DayKind.Regular, null);
    }

    public bool IsTradingDay(DateOnly date) => GetDay(date).IsTradingDay;

    /// <summary>The session on <paramref name="date"/>, or null when the exchange is closed that day.</summary>
    public TradingSession? GetSession(DateOnly date)
    {
        var day = GetDay(date);
        return day.IsTradingDay ? new TradingSession(date, day.Kind == DayKind.EarlyClose) : null;
    }

    /// <summary>The first trading day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextTradingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsTradingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static void EnsureInRange(DateOnly date)
    {
        if (date.Year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date), date, $"The exchange calendar covers {FirstYear}–{LastYear} only.");
        }
    }
}
