using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

public sealed class VirtualClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 14, 25, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_Stopped_ReadsStartUntilAdvanced()
    {
        using var clock = new VirtualClock(Start);
        Assert.Equal(Start, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(Start.AddMinutes(5), clock.GetUtcNow());
    }

    [Fact]
    public void GetUtcNow_StartWithOffset_ReportsUtc()
    {
        using var clock = new VirtualClock(new DateTimeOffset(2026, 11, 23, 9, 25, 0, TimeSpan.FromHours(-5)));
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public void Advance_Negative_Throws()
    {
        using var clock = new VirtualClock(Start);
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void Advance_SeveralTimers_FireInDueOrderAtTheirDueTimes()
    {
        using var clock = new VirtualClock(Start);
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        using var never = clock.CreateTimer(_ => fired.Add(("never", clock.GetUtcNow())), null, TimeSpan.FromSeconds(61), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([("early", Start.AddSeconds(10)), ("late", Start.AddSeconds(30))], fired);
        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
        Assert.Equal(1, clock.PendingTimers);
    }

    [Fact]
    public void Advance_EqualDueTimes_FireInCreationOrder()
    {
        using var clock = new VirtualClock(Start);
        var fired = new List<int>();
        var timers = Enumerable.Range(0, 5)
            .Select(i => clock.CreateTimer(_ => fired.Add(i), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan))
            .ToList();

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal([0, 1, 2, 3, 4], fired);
        timers.ForEach(t => t.Dispose());
    }

    [Fact]
    public void Advance_PeriodicTimer_FiresEveryPeriod()
    {
        using var clock = new VirtualClock(Start);
        var fired = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        clock.Advance(TimeSpan.FromSeconds(17));

        Assert.Equal([Start.AddSeconds(5), Start.AddSeconds(10), Start.AddSeconds(15)], fired);
    }

    [Fact]
    public void Advance_TimerCreatedByCallbackWithinRange_FiresInSameAdvance()
    {
        using var clock = new VirtualClock(Start);
        var fired = new List<DateTimeOffset>();
        ITimer? inner = null;
        using var outer = clock.CreateTimer(
            _ => inner = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan),
            null,
            TimeSpan.FromSeconds(2),
            Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([Start.AddSeconds(5)], fired);
        inner?.Dispose();
    }

    [Fact]
    public void Change_DisposedOrRescheduled_HonoursLatestSchedule()
    {
        using var clock = new VirtualClock(Start);
        var count = 0;
        var disposed = clock.CreateTimer(_ => count += 100, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        using var moved = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        Assert.True(moved.Change(TimeSpan.FromSeconds(20), Timeout.InfiniteTimeSpan));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, count);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, count);
        Assert.False(disposed.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public void Change_InfiniteDueTime_Disarms()
    {
        using var clock = new VirtualClock(Start);
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task TaskDelay_WithClock_CompletesOnlyWhenAdvancedPastDelay()
    {
        using var clock = new VirtualClock(Start);
        var delay = Task.Delay(TimeSpan.FromSeconds(30), clock, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task PeriodicTimer_WithClock_TicksOncePerPeriod()
    {
        using var clock = new VirtualClock(Start);
        using var periodic = new PeriodicTimer(TimeSpan.FromSeconds(5), clock);
        var ticks = new List<DateTimeOffset>();
        for (var i = 0; i < 3; i++)
        {
            var next = periodic.WaitForNextTickAsync(CancellationToken.None);
            Assert.False(next.IsCompleted);
            clock.Advance(TimeSpan.FromSeconds(5));
            Assert.True(await next.AsTask().WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
            ticks.Add(clock.GetUtcNow());
        }

        Assert.Equal([Start.AddSeconds(5), Start.AddSeconds(10), Start.AddSeconds(15)], ticks);
    }

    [Fact]
    public void CancellationTokenSource_WithClock_CancelsAtVirtualDeadline()
    {
        using var clock = new VirtualClock(Start);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(3), clock);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cts.IsCancellationRequested);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(cts.IsCancellationRequested);
    }

    [Fact]
    public void GetElapsedTime_AfterAdvance_ReturnsVirtualElapsed()
    {
        using var clock = new VirtualClock(Start);
        var t0 = clock.GetTimestamp();
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(TimeSpan.FromHours(2), clock.GetElapsedTime(t0));
    }

    [Fact]
    public void SpeedMode_WallAdvances_VirtualRunsSpeedTimesFaster()
    {
        using var wall = new VirtualClock(Start);
        using var clock = new VirtualClock(Start.AddDays(1), speed: 60, wall: wall);

        wall.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(Start.AddDays(1).AddMinutes(2), clock.GetUtcNow());
    }

    [Fact]
    public void SpeedMode_TimersFireWhenWallReachesScaledDueTime()
    {
        using var wall = new VirtualClock(Start);
        using var clock = new VirtualClock(Start, speed: 60, wall: wall);
        var fired = new List<DateTimeOffset>();
        using var a = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        using var b = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(3), Timeout.InfiniteTimeSpan);

        wall.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Empty(fired);
        wall.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([Start.AddMinutes(1)], fired);
        wall.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal([Start.AddMinutes(1), Start.AddMinutes(3)], fired);
    }

    [Fact]
    public void SetSpeed_Changed_KeepsVirtualTimeReachedAndScalesFromThere()
    {
        using var wall = new VirtualClock(Start);
        using var clock = new VirtualClock(Start, speed: 10, wall: wall);
        wall.Advance(TimeSpan.FromSeconds(1));
        clock.SetSpeed(0);
        wall.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(Start.AddSeconds(10), clock.GetUtcNow());
        clock.SetSpeed(2);
        wall.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(Start.AddSeconds(20), clock.GetUtcNow());
    }

    [Fact]
    public void SpeedMode_ManualAdvanceAlsoWorks()
    {
        using var wall = new VirtualClock(Start);
        using var clock = new VirtualClock(Start, speed: 10, wall: wall);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, fired);
        wall.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Start.AddHours(1).AddSeconds(10), clock.GetUtcNow());
    }

    [Fact]
    public async Task SpeedMode_RealWallClock_DelayOfAnHourCompletesQuickly()
    {
        using var clock = new VirtualClock(Start, speed: 36_000);
        await Task.Delay(TimeSpan.FromHours(1), clock, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.True(clock.GetUtcNow() >= Start.AddHours(1));
    }

    [Fact]
    public async Task Advance_ConcurrentTimerCreation_EveryTimerFiresOnce()
    {
        using var clock = new VirtualClock(Start);
        var count = 0;
        var timers = new System.Collections.Concurrent.ConcurrentBag<ITimer>();
        var creators = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                timers.Add(clock.CreateTimer(_ => Interlocked.Increment(ref count), null, TimeSpan.FromSeconds(1 + (i % 7)), Timeout.InfiniteTimeSpan));
            }
        })).ToArray();
        var advancer = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                clock.Advance(TimeSpan.FromMilliseconds(100));
            }
        });
        await Task.WhenAll([.. creators, advancer]);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(1000, count);
        Assert.Equal(0, clock.PendingTimers);
        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }

    [Fact]
    public void SpeedMode_TimerDueNow_FiresAtOnceOutsideTheClockLock()
    {
        using var wall = new VirtualClock(Start);
        using var clock = new VirtualClock(Start, speed: 10, wall: wall);
        var fired = false;
        var createdFromOtherThread = false;
        using var timer = clock.CreateTimer(
            _ =>
            {
                fired = true;
                // Another thread must be able to use the clock while a callback runs.
                createdFromOtherThread = Task.Run(() => clock.CreateTimer(_ => { }, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan).Dispose())
                    .Wait(TimeSpan.FromSeconds(10));
            },
            null,
            TimeSpan.Zero,
            Timeout.InfiniteTimeSpan);
        Assert.True(fired);
        Assert.True(createdFromOtherThread);
    }

    [Fact]
    public void AdvanceToNext_TimersHoursApart_JumpsStraightToEachDueTimeThenToTheLimit()
    {
        using var clock = new VirtualClock(Start);
        var fired = new List<DateTimeOffset>();
        using var a = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromHours(3), Timeout.InfiniteTimeSpan);
        using var b = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromHours(7), Timeout.InfiniteTimeSpan);
        var limit = Start.AddHours(10);

        Assert.Equal(Start.AddHours(3), clock.NextDue);
        Assert.True(clock.AdvanceToNext(limit));
        Assert.Equal(Start.AddHours(3), clock.GetUtcNow());
        Assert.True(clock.AdvanceToNext(limit));
        Assert.Equal(Start.AddHours(7), clock.GetUtcNow());
        Assert.False(clock.AdvanceToNext(limit));
        Assert.Equal(limit, clock.GetUtcNow());
        Assert.False(clock.AdvanceToNext(limit));

        Assert.Equal([Start.AddHours(3), Start.AddHours(7)], fired);
        Assert.Null(clock.NextDue);
    }

    [Fact]
    public void AdvanceToNext_PeriodicTimer_StepsOnePeriodAtATime()
    {
        using var clock = new VirtualClock(Start);
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        while (clock.AdvanceToNext(Start.AddSeconds(10)))
        {
        }

        Assert.Equal(10, count);
        Assert.Equal(Start.AddSeconds(10), clock.GetUtcNow());
    }
}
