namespace Condor.Engine.Market;

/// <summary>
/// The NYSE/Cboe rule holidays and early closes for one year (NYSE Rule 7.2): a Saturday holiday is
/// observed the Friday before, a Sunday holiday the Monday after, except New Year's Day on a Saturday,
/// which is not observed at all (the Friday before closes a year's accounting period). Pure functions.
/// </summary>
internal static class HolidayRules
{
    /// <summary>Juneteenth National Independence Day is an exchange holiday from this year on.</summary>
    public const int JuneteenthFirstYear = 2022;

    /// <summary>The rule holidays of a year (observed dates), keyed by date, valued by name.</summary>
    public static IReadOnlyDictionary<DateOnly, string> Holidays(int year)
    {
        var days = new Dictionary<DateOnly, string>();
        var newYear = new DateOnly(year, 1, 1);
        if (newYear.DayOfWeek != DayOfWeek.Saturday)
        {
            days[Observed(newYear)] = "New Year's Day";
        }

        days[NthWeekday(year, 1, DayOfWeek.Monday, 3)] = "Martin Luther King Jr. Day";
        days[NthWeekday(year, 2, DayOfWeek.Monday, 3)] = "Washington's Birthday";
        days[Easter(year).AddDays(-2)] = "Good Friday";
        days[LastWeekday(year, 5, DayOfWeek.Monday)] = "Memorial Day";
        if (year >= JuneteenthFirstYear)
        {
            days[Observed(new DateOnly(year, 6, 19))] = "Juneteenth";
        }

        days[Observed(new DateOnly(year, 7, 4))] = "Independence Day";
        days[NthWeekday(year, 9, DayOfWeek.Monday, 1)] = "Labor Day";
        days[Thanksgiving(year)] = "Thanksgiving Day";
        days[Observed(new DateOnly(year, 12, 25))] = "Christmas Day";
        return days;
    }

    /// <summary>
    /// The early closes of a year: July 3 and December 24 when they fall Monday–Thursday (on a Friday they
    /// are the observed holiday, on a weekend nothing happens), and always the day after Thanksgiving.
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, string> EarlyCloses(int year)
    {
        var days = new Dictionary<DateOnly, string>();
        var july3 = new DateOnly(year, 7, 3);
        if (IsMondayToThursday(july3))
        {
            days[july3] = "Day before Independence Day";
        }

        days[Thanksgiving(year).AddDays(1)] = "Day after Thanksgiving";
        var christmasEve = new DateOnly(year, 12, 24);
        if (IsMondayToThursday(christmasEve))
        {
            days[christmasEve] = "Christmas Eve";
        }

        return days;
    }

    /// <summary>Easter Sunday (Gregorian calendar), by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    public static DateOnly Thanksgiving(int year) => NthWeekday(year, 11, DayOfWeek.Thursday, 4);

    private static bool IsMondayToThursday(DateOnly date) =>
        date.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday;

    private static DateOnly Observed(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }
}
