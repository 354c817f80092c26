using System.Globalization;
using Condor.Engine.Execution;
using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Execution;

public sealed class SessionScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("2026-11-23T13:00:00Z", "09:32", "15:32")] // both on standard time: 6 hours apart
    [InlineData("2026-03-10T13:00:00Z", "09:32", "14:32")] // US on summer time, Europe not yet: 5 hours
    [InlineData("2026-10-27T13:00:00Z", "09:32", "14:32")] // Europe back on winter time, US not yet: 5 hours
    [InlineData("2026-07-20T13:00:00Z", "09:32", "15:32")] // both on summer time: 6 hours
    public void For_TradingDay_EntryInNewYorkAndOwnerTime(string now, string entryEt, string entryBerlin)
    {
        var plan = Plan(now);

        var entry = Assert.Single(plan.Entries, e => e.What == "Entry");
        Assert.Equal(entryEt, entry.NewYork.ToString("HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(entryBerlin, entry.Owner.ToString("HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(entry.NewYork.UtcDateTime, entry.Owner.UtcDateTime);
    }

    [Fact]
    public void For_EarlyCloseDay_TimeExitBeforeTheCloseAndCloseAt1300()
    {
        var plan = Plan("2026-11-27T14:00:00Z"); // day after Thanksgiving

        Assert.Equal(DayKind.EarlyClose, plan.Day.Kind);
        Assert.Equal("11:30", Et(plan, "Time exit"));
        Assert.Equal("13:00", Et(plan, "Close"));
    }

    [Fact]
    public void For_EarlyCloseDayWithLateTimeExit_CappedBeforeTheClose()
    {
        var plan = Plan("2026-11-27T14:00:00Z", new StrategyOptions { TimeExit = new TimeOnly(15, 0) });

        Assert.Equal("12:45", Et(plan, "Time exit"));
    }

    [Fact]
    public void For_Holiday_NoEntriesAndTheNextSession()
    {
        var plan = Plan("2026-11-26T15:00:00Z"); // Thanksgiving

        Assert.Empty(plan.Entries);
        Assert.Equal(DayKind.Holiday, plan.Day.Kind);
        Assert.Equal(new DateOnly(2026, 11, 27), plan.NextTradingDay);
    }

    [Fact]
    public void For_LateEveningInEurope_UsesTheNewYorkDate()
    {
        // 00:30 in Berlin on Tuesday is still Monday 18:30 in New York.
        var plan = Plan("2026-11-23T23:30:00Z");

        Assert.Equal(new DateOnly(2026, 11, 23), plan.SessionDate);
    }

    private static SessionSchedule Plan(string now, StrategyOptions? strategy = null) =>
        SessionSchedule.For(
            DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), ExchangeCalendar.Default,
            strategy ?? new StrategyOptions(), new ScheduleOptions(), Berlin);

    private static string Et(SessionSchedule plan, string what) =>
        plan.Entries.Single(e => e.What == what).NewYork.ToString("HH:mm", CultureInfo.InvariantCulture);
}
