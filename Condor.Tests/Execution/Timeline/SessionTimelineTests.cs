using Condor.Engine.Execution;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Execution.Timeline;

public sealed class SessionTimelineTests
{
    private static readonly ExchangeCalendar Calendar = ExchangeCalendar.Default;

    [Fact]
    public void For_RegularDay_TimersAtTheConfiguredNewYorkTimes()
    {
        var timeline = Timeline(new DateOnly(2026, 11, 23));

        Assert.Equal(Et(2026, 11, 23, 9, 25), timeline.Warmup);
        Assert.Equal(Et(2026, 11, 23, 9, 32), timeline.Entry);
        Assert.Equal(Et(2026, 11, 23, 9, 33), timeline.Deadline);
        Assert.Equal(Et(2026, 11, 23, 11, 30), timeline.TimeExit);
        Assert.Equal(Et(2026, 11, 23, 16, 15), timeline.EndOfDay);
    }

    [Fact]
    public void For_SummerTime_EntryStaysAt0932NewYork()
    {
        var timeline = Timeline(new DateOnly(2026, 7, 20));

        Assert.Equal(TimeSpan.FromHours(-4), timeline.Entry.Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 20, 13, 32, 0, TimeSpan.Zero), timeline.Entry.ToUniversalTime());
    }

    [Fact]
    public void For_EarlyCloseWithLateTimeExit_TimeExitCappedBeforeTheClose()
    {
        var timeline = SessionTimeline.For(
            new DateOnly(2026, 11, 27), Calendar, new StrategyOptions { TimeExit = new TimeOnly(15, 0) }, new ScheduleOptions())!;

        Assert.Equal(Et(2026, 11, 27, 12, 45), timeline.TimeExit);
    }

    [Fact]
    public void For_EndOfDayConfiguredBeforeTheClose_NeverBeforeTheClose()
    {
        var timeline = SessionTimeline.For(
            new DateOnly(2026, 11, 23), Calendar, new StrategyOptions(), new ScheduleOptions { EndOfDayTime = new TimeOnly(15, 0) })!;

        Assert.Equal(Et(2026, 11, 23, 16, 0), timeline.EndOfDay);
    }

    [Theory]
    [InlineData("2026-11-26")] // Thanksgiving
    [InlineData("2026-11-28")] // Saturday
    public void For_ClosedDay_Null(string date)
    {
        Assert.Null(SessionTimeline.For(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Calendar, new StrategyOptions(), new ScheduleOptions()));
    }

    [Fact]
    public void For_ExtraClosureFromConfiguration_Null()
    {
        var calendar = new ExchangeCalendar([new DateOnly(2026, 11, 24)]);

        Assert.Null(SessionTimeline.For(new DateOnly(2026, 11, 24), calendar, new StrategyOptions(), new ScheduleOptions()));
    }

    [Theory]
    [InlineData(9, 0, 0, nameof(SessionStage.BeforeWarmup))]
    [InlineData(9, 25, 0, nameof(SessionStage.WarmingUp))]
    [InlineData(9, 31, 59, nameof(SessionStage.WarmingUp))]
    [InlineData(9, 32, 0, nameof(SessionStage.EntryWindow))]
    [InlineData(9, 32, 40, nameof(SessionStage.EntryWindow))]
    [InlineData(9, 33, 0, nameof(SessionStage.AfterDeadline))]
    [InlineData(9, 34, 0, nameof(SessionStage.AfterDeadline))]
    [InlineData(16, 15, 0, nameof(SessionStage.Over))]
    public void StageAt_InstantsOfTheDay_TheirStage(int hour, int minute, int second, string expected)
    {
        var timeline = Timeline(new DateOnly(2026, 11, 23));

        Assert.Equal(expected, timeline.StageAt(Et(2026, 11, 23, hour, minute, second)).ToString());
    }

    [Theory]
    [InlineData(9, 32, 40, true)] // late start inside the window still enters
    [InlineData(9, 34, 0, false)] // after the deadline: missed the entry window
    public void CanStillEnter_LateStart_OnlyBeforeTheDeadline(int hour, int minute, int second, bool expected)
    {
        Assert.Equal(expected, Timeline(new DateOnly(2026, 11, 23)).CanStillEnter(Et(2026, 11, 23, hour, minute, second)));
    }

    [Fact]
    public void NextTimer_BetweenTimers_TheNextOneAndNullWhenOver()
    {
        var timeline = Timeline(new DateOnly(2026, 11, 23));

        Assert.Equal(new TimelineTimer(TimelineEvent.Warmup, timeline.Warmup), timeline.NextTimer(Et(2026, 11, 23, 8, 0)));
        Assert.Equal(new TimelineTimer(TimelineEvent.Entry, timeline.Entry), timeline.NextTimer(timeline.Warmup));
        Assert.Equal(TimelineEvent.TimeExit, timeline.NextTimer(Et(2026, 11, 23, 9, 40))!.Value.Event);
        Assert.Null(timeline.NextTimer(timeline.EndOfDay));
    }

    [Fact]
    public void Current_AfterTheEndOfDay_TheNextSession()
    {
        var friday = SessionTimeline.Current(Et(2026, 11, 20, 17, 0), Calendar, new StrategyOptions(), new ScheduleOptions());

        Assert.Equal(new DateOnly(2026, 11, 23), friday.Date);
    }

    [Fact]
    public void Current_OnAHoliday_TheNextSession()
    {
        var thanksgiving = SessionTimeline.Current(Et(2026, 11, 26, 9, 0), Calendar, new StrategyOptions(), new ScheduleOptions());

        Assert.Equal(new DateOnly(2026, 11, 27), thanksgiving.Date);
        Assert.True(thanksgiving.Session.IsEarlyClose);
    }

    [Fact]
    public void Current_BeforeTheEndOfDay_Today()
    {
        var today = SessionTimeline.Current(Et(2026, 11, 23, 15, 59), Calendar, new StrategyOptions(), new ScheduleOptions());

        Assert.Equal(new DateOnly(2026, 11, 23), today.Date);
    }

    private static SessionTimeline Timeline(DateOnly date) =>
        SessionTimeline.For(date, Calendar, new StrategyOptions(), new ScheduleOptions())!;

    private static DateTimeOffset Et(int year, int month, int day, int hour, int minute, int second = 0) =>
        ExchangeTime.AtNewYork(new DateOnly(year, month, day), new TimeOnly(hour, minute, second));
}
