using System.Collections.Concurrent;
using Condor.Engine.Execution;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Tests.TestSupport;

namespace Condor.Tests.Execution.Timeline;

public sealed class TimelineDriverTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 25); // before Thanksgiving (Thu) and its early close (Fri)

    [Fact]
    public async Task RunAsync_FromBeforeWarmup_EachTimerAtItsTimeInOrder()
    {
        var clock = new ManualTimeProvider(Et(Wednesday, 8, 0));
        await using var run = Start(clock);

        var ticks = await run.StepAsync(5);

        Assert.Equal(
            [TimelineEvent.Warmup, TimelineEvent.Entry, TimelineEvent.Deadline, TimelineEvent.TimeExit, TimelineEvent.EndOfDay],
            ticks.Select(t => t.Event));
        Assert.All(ticks, t => Assert.Equal((Wednesday, false), (t.Date, t.CatchUp)));
        Assert.Equal(Et(Wednesday, 9, 32), ticks[1].DueAt);
        Assert.Equal(ticks.Select(t => t.DueAt), run.HandledAt.Take(5));
    }

    [Fact]
    public async Task RunAsync_StartedInsideTheEntryWindow_WarmsUpAndEntersAtOnceThenTheDeadline()
    {
        var clock = new ManualTimeProvider(Et(Wednesday, 9, 32, 40));
        await using var run = Start(clock);

        var arrival = await run.TakeAsync(2);
        var deadline = Assert.Single(await run.StepAsync(1));

        Assert.Equal([(TimelineEvent.Warmup, true), (TimelineEvent.Entry, true)], arrival.Select(t => (t.Event, t.CatchUp)));
        Assert.Equal((TimelineEvent.Deadline, false), (deadline.Event, deadline.CatchUp));
    }

    [Fact]
    public async Task RunAsync_StartedAfterTheDeadline_OnlyTheDeadlinesWorkNoEntry()
    {
        var clock = new ManualTimeProvider(Et(Wednesday, 9, 34));
        await using var run = Start(clock);

        var arrival = Assert.Single(await run.TakeAsync(1));

        Assert.Equal((TimelineEvent.Deadline, true), (arrival.Event, arrival.CatchUp));
        Assert.DoesNotContain(run.All, t => t.Event == TimelineEvent.Entry);
    }

    [Fact]
    public async Task RunAsync_OverAHolidayAndAnEarlyClose_ClosedTickThenTheEarlySessionsTimers()
    {
        var clock = new ManualTimeProvider(Et(Wednesday, 16, 30));
        await using var run = Start(clock);

        var ticks = await run.StepAsync(6);

        Assert.Equal((new DateOnly(2026, 11, 26), TimelineEvent.ExchangeClosed), (ticks[0].Date, ticks[0].Event));
        Assert.All(ticks.Skip(1), t => Assert.Equal(new DateOnly(2026, 11, 27), t.Date));
        Assert.Equal(Et(new DateOnly(2026, 11, 27), 11, 30), ticks[4].DueAt);
    }

    [Fact]
    public async Task RunAsync_ClockJumpsPastSeveralTimers_NoneSkippedAllInOrder()
    {
        var clock = new ManualTimeProvider(Et(Wednesday, 9, 31));
        await using var run = Start(clock, slowEntry: () => clock.Advance(TimeSpan.FromMinutes(5)));

        var ticks = await run.StepAsync(3);

        Assert.Equal([TimelineEvent.Warmup, TimelineEvent.Entry, TimelineEvent.Deadline], ticks.Select(t => t.Event));
        Assert.True(ticks[2].CatchUp); // the deadline passed while the entry was handled: handed over late, not skipped
    }

    private static DriverRun Start(ManualTimeProvider clock, Action? slowEntry = null) =>
        new(clock, new TimelineDriver(clock, ExchangeCalendar.Default, new StrategyOptions(), new ScheduleOptions()), slowEntry);

    private static DateTimeOffset Et(DateOnly date, int hour, int minute, int second = 0) =>
        ExchangeTime.AtNewYork(date, new TimeOnly(hour, minute, second));

    /// <summary>The driver running in the background, its ticks collected in order.</summary>
    private sealed class DriverRun : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly System.Threading.Channels.Channel<TimelineTick> _ticks = System.Threading.Channels.Channel.CreateUnbounded<TimelineTick>();
        private readonly ConcurrentQueue<TimelineTick> _all = new();
        private readonly ConcurrentQueue<DateTimeOffset> _handledAt = new();
        private readonly Task _loop;

        private readonly ManualTimeProvider _clock;

        public DriverRun(ManualTimeProvider clock, TimelineDriver driver, Action? slowEntry)
        {
            _clock = clock;
            var warmedUp = false;
            _loop = driver.RunAsync((tick, _) =>
            {
                _handledAt.Enqueue(clock.GetUtcNow());
                _all.Enqueue(tick);
                _ticks.Writer.TryWrite(tick);
                if (tick.Event == TimelineEvent.Entry && warmedUp)
                {
                    slowEntry?.Invoke();
                }

                warmedUp |= tick.Event == TimelineEvent.Warmup;
                return Task.CompletedTask;
            }, _stop.Token);
        }

        public IReadOnlyCollection<TimelineTick> All => _all;

        public IEnumerable<DateTimeOffset> HandledAt => _handledAt;

        /// <summary>
        /// Takes <paramref name="count"/> ticks, each time waiting for the driver to arm its timer and then moving the
        /// clock exactly to that timer's due time (ticks handed over at once, as catch-up, are taken as they come).
        /// </summary>
        public async Task<List<TimelineTick>> StepAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var taken = new List<TimelineTick>();
            while (taken.Count < count)
            {
                if (_ticks.Reader.TryRead(out var ready))
                {
                    taken.Add(ready);
                    continue;
                }

                var armed = _clock.WhenTimersArmedAsync();
                var tick = _ticks.Reader.ReadAsync(timeout.Token).AsTask();
                if (await Task.WhenAny(armed, tick).WaitAsync(timeout.Token) == tick)
                {
                    taken.Add(await tick);
                    continue;
                }

                _clock.Advance(_clock.NextDueIn!.Value);
                taken.Add(await tick);
            }

            return taken;
        }

        public async Task<List<TimelineTick>> TakeAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var taken = new List<TimelineTick>();
            while (taken.Count < count)
            {
                taken.Add(await _ticks.Reader.ReadAsync(timeout.Token));
            }

            return taken;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _loop);
            _stop.Dispose();
        }
    }
}
