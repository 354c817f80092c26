using Condor.Engine.Execution;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Execution.Timeline;

public sealed class DayTimersTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void For_TradingDay_TheSessionsFiveTimersInOrder()
    {
        var timers = For(Monday);

        Assert.Equal(
            [TimelineEvent.Warmup, TimelineEvent.Entry, TimelineEvent.Deadline, TimelineEvent.TimeExit, TimelineEvent.EndOfDay],
            timers.Select(t => t.Event));
        Assert.True(timers.Zip(timers.Skip(1)).All(p => p.First.At < p.Second.At));
    }

    [Fact]
    public void For_Holiday_OneExchangeClosedAtTheWarmupTime()
    {
        var timer = Assert.Single(For(new DateOnly(2026, 11, 26)));

        Assert.Equal(new TimelineTimer(TimelineEvent.ExchangeClosed, Et(new DateOnly(2026, 11, 26), 9, 25)), timer);
    }

    [Fact]
    public void For_ExtraClosure_ExchangeClosed()
    {
        var calendar = new ExchangeCalendar([Monday]);

        var timer = Assert.Single(DayTimers.For(Monday, calendar, new StrategyOptions(), new ScheduleOptions()));

        Assert.Equal(TimelineEvent.ExchangeClosed, timer.Event);
    }

    [Fact]
    public void For_Weekend_NoTimers()
    {
        Assert.Empty(For(new DateOnly(2026, 11, 28)));
    }

    [Theory]
    [InlineData(9, 0, 0, "")]
    [InlineData(9, 27, 0, "Warmup")]
    [InlineData(9, 32, 40, "Warmup Entry")] // late start: cold warm-up, still enters
    [InlineData(9, 34, 0, "Deadline")] // missed the entry window
    [InlineData(12, 0, 0, "Deadline TimeExit")]
    [InlineData(16, 30, 0, "")]
    public void DueOnArrival_TradingDay_WhatALateStartRunsAtOnce(int hour, int minute, int second, string expected)
    {
        var due = DayTimers.DueOnArrival(Monday, Et(Monday, hour, minute, second), ExchangeCalendar.Default, new StrategyOptions(), new ScheduleOptions());

        Assert.Equal(expected, string.Join(' ', due.Select(t => t.Event)));
    }

    [Theory]
    [InlineData(9, 0, false)]
    [InlineData(14, 0, true)] // started on a holiday afternoon: still recorded
    public void DueOnArrival_Holiday_ExchangeClosedOnceItsTimeHasCome(int hour, int minute, bool due)
    {
        var holiday = new DateOnly(2026, 11, 26);

        var timers = DayTimers.DueOnArrival(holiday, Et(holiday, hour, minute), ExchangeCalendar.Default, new StrategyOptions(), new ScheduleOptions());

        Assert.Equal(due, timers.Any(t => t.Event == TimelineEvent.ExchangeClosed));
    }

    private static IReadOnlyList<TimelineTimer> For(DateOnly date) =>
        DayTimers.For(date, ExchangeCalendar.Default, new StrategyOptions(), new ScheduleOptions());

    private static DateTimeOffset Et(DateOnly date, int hour, int minute, int second = 0) =>
        ExchangeTime.AtNewYork(date, new TimeOnly(hour, minute, second));
}
