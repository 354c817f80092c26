using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Timeline;

/// <summary>
/// Runs the engine's timeline on the one clock, day after day. On arriving at a date it hands over what is already
/// due (<see cref="DayTimers.DueOnArrival"/>: a late start warms up cold and still enters before the deadline, never
/// after); then it waits for each later timer of the date on <see cref="TimeProvider"/> (so a rehearsal at 30× fires
/// the same ticks as a day at 1×) and hands it over, awaiting its handling before arming the next. A timer that is
/// already past when its turn comes (the clock jumped, a handler ran long) is still handed over, in order and marked
/// as catch-up — a deadline is never skipped; handlers check the time themselves. A date whose timers had begun
/// before the driver got to it (the process slept through a day) is arrived at instead, so stale days are not replayed.
/// </summary>
internal sealed class TimelineDriver(
    TimeProvider time, ExchangeCalendar calendar, StrategyOptions strategy, ScheduleOptions schedule)
{
    public async Task RunAsync(Func<TimelineTick, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var date = ExchangeTime.SessionDateOf(time.GetUtcNow());
        var handledUpTo = await ArriveAsync(date, handle, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var timers = DayTimers.For(date, calendar, strategy, schedule);
            var index = IndexAfter(timers, handledUpTo);
            if (index < 0)
            {
                date = date.AddDays(1);
                var first = DayTimers.For(date, calendar, strategy, schedule);
                if (first.Count > 0 && first[0].At <= time.GetUtcNow())
                {
                    handledUpTo = await ArriveAsync(date, handle, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            var timer = timers[index];
            var wait = timer.At - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            await handle(new TimelineTick(date, timer.Event, timer.At, CatchUp: wait <= TimeSpan.Zero), cancellationToken).ConfigureAwait(false);
            handledUpTo = timer.At;
        }
    }

    private static int IndexAfter(IReadOnlyList<TimelineTimer> timers, DateTimeOffset instant)
    {
        for (var i = 0; i < timers.Count; i++)
        {
            if (timers[i].At > instant)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Hands over what is due on arriving at <paramref name="date"/>; returns the instant handled up to.</summary>
    private async Task<DateTimeOffset> ArriveAsync(DateOnly date, Func<TimelineTick, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var timer in DayTimers.DueOnArrival(date, now, calendar, strategy, schedule))
        {
            await handle(new TimelineTick(date, timer.Event, timer.At, CatchUp: true), cancellationToken).ConfigureAwait(false);
        }

        return now;
    }
}
