using System.Globalization;
using Condor.Engine.Execution;
using Condor.Engine.Market;

namespace Condor.Web.Cli;

/// <summary>
/// <c>calendar --from yyyy-MM-dd --to yyyy-MM-dd</c>: prints, as CSV (<c>date,kind,close_et</c>), every
/// weekday in the range that is not a regular session, including the configured extra closures.
/// </summary>
internal static class CalendarCommand
{
    private const string Usage = "usage: calendar --from yyyy-MM-dd --to yyyy-MM-dd";

    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        if (!TryDate(args, "--from", out var from) || !TryDate(args, "--to", out var to))
        {
            error.WriteLine(Usage);
            return 2;
        }

        if (to < from)
        {
            error.WriteLine($"calendar: --to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
            return 2;
        }

        var schedule = configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        var invalid = schedule.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(schedule)).FirstOrDefault();
        if (invalid is not null)
        {
            error.WriteLine($"{ScheduleOptions.Section}:{invalid.MemberNames.FirstOrDefault()}: {invalid.ErrorMessage}");
            return 2;
        }

        try
        {
            CalendarReport.WriteCsv(output, from, to, new ExchangeCalendar(schedule.ExtraClosureDates()));
        }
        catch (ArgumentOutOfRangeException e)
        {
            error.WriteLine($"calendar: {e.Message}");
            return 2;
        }

        return 0;
    }

    private static bool TryDate(string[] args, string name, out DateOnly date)
    {
        date = default;
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length
            && DateOnly.TryParseExact(args[index + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
