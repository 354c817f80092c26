using Condor.Engine.Tws.Transport;
using Condor.Engine.Tws.Wire;
using Condor.Tests.TestSupport;

namespace Condor.Tests.Tws.Transport;

public sealed class OutgoingPacerTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public void TryDequeue_BurstOf200OnVirtualClock_NoWindowOver50AndTakesAtLeast3Seconds()
    {
        var clock = new ManualTimeProvider();
        using var pacer = new OutgoingPacer(clock, 50, OneSecond);
        for (var i = 0; i < 200; i++)
        {
            pacer.Enqueue(Frame.Encode([i.ToString(System.Globalization.CultureInfo.InvariantCulture)]), MessagePriority.MarketData, CancellationToken.None);
        }

        var sentAt = DrainOnVirtualClock(pacer, clock, 200);

        Assert.Equal(200, sentAt.Count);
        Assert.Equal(50, sentAt.Count(t => t == TimeSpan.Zero)); // the first 50 leave at once
        Assert.True(sentAt[^1] >= TimeSpan.FromSeconds(3), $"last sent at {sentAt[^1]}");
        Assert.True(MaxInAnyWindow(sentAt, OneSecond) <= 50);
    }

    [Fact]
    public void TryDequeue_TrickleAndBurstMixed_SlidingWindowNeverExceeded()
    {
        var clock = new ManualTimeProvider();
        using var pacer = new OutgoingPacer(clock, 50, OneSecond);
        var sentAt = new List<TimeSpan>();
        var random = new Random(17);
        for (var step = 0; step < 400; step++)
        {
            var arrivals = random.Next(0, 4) == 0 ? random.Next(0, 40) : random.Next(0, 2);
            for (var i = 0; i < arrivals; i++)
            {
                pacer.Enqueue([0, 0, 0, 1, 0], (MessagePriority)random.Next(0, 3), CancellationToken.None);
            }

            while (pacer.TryDequeue(out var message, out _))
            {
                message.MarkSent();
                sentAt.Add(clock.Elapsed);
            }

            clock.Advance(TimeSpan.FromMilliseconds(random.Next(1, 60)));
        }

        Assert.True(sentAt.Count > 500, $"only {sentAt.Count} sent");
        Assert.Equal(50, MaxInAnyWindow(sentAt, OneSecond));
    }

    [Fact]
    public void TryDequeue_MixedPriorities_UrgentThenNormalThenMarketDataFifoWithin()
    {
        var clock = new ManualTimeProvider();
        using var pacer = new OutgoingPacer(clock);
        pacer.Enqueue([1], MessagePriority.MarketData, CancellationToken.None);
        pacer.Enqueue([2], MessagePriority.Normal, CancellationToken.None);
        pacer.Enqueue([3], MessagePriority.Urgent, CancellationToken.None);
        pacer.Enqueue([4], MessagePriority.MarketData, CancellationToken.None);
        pacer.Enqueue([5], MessagePriority.Urgent, CancellationToken.None);

        var order = new List<byte>();
        while (pacer.TryDequeue(out var message, out _))
        {
            order.Add(message.Frame[0]);
        }

        Assert.Equal([3, 5, 2, 1, 4], order);
    }

    [Fact]
    public async Task DequeueAsync_WindowFullThenUrgentQueued_UrgentLeavesFirstWhenWindowReopens()
    {
        var clock = new ManualTimeProvider();
        using var pacer = new OutgoingPacer(clock, 50, OneSecond);
        for (var i = 0; i < 120; i++)
        {
            pacer.Enqueue([1], MessagePriority.MarketData, CancellationToken.None);
        }

        for (var i = 0; i < 50; i++)
        {
            (await pacer.DequeueAsync(CancellationToken.None)).MarkSent();
        }

        var next = pacer.DequeueAsync(CancellationToken.None);
        Assert.False(next.IsCompleted); // the window is full: waiting on the virtual clock
        pacer.Enqueue([9], MessagePriority.Urgent, CancellationToken.None); // e.g. the kill switch's global cancel
        pacer.Enqueue([5], MessagePriority.Normal, CancellationToken.None);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(9, (await next.WaitAsync(TimeSpan.FromSeconds(5))).Frame[0]);
        Assert.Equal(5, (await pacer.DequeueAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Frame[0]);
        Assert.Equal(1, (await pacer.DequeueAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Frame[0]);
    }

    [Fact]
    public async Task Enqueue_CancelledWhileQueued_WithdrawnAndNotCounted()
    {
        var clock = new ManualTimeProvider();
        using var pacer = new OutgoingPacer(clock, 1, OneSecond);
        using var cancel = new CancellationTokenSource();
        var withdrawn = pacer.Enqueue([1], MessagePriority.Normal, cancel.Token);
        var kept = pacer.Enqueue([2], MessagePriority.Normal, CancellationToken.None);

        await cancel.CancelAsync();

        Assert.True(withdrawn.Sent.IsCanceled);
        Assert.True(pacer.TryDequeue(out var message, out _));
        Assert.Same(kept, message);
    }

    [Fact]
    public async Task Enqueue_CancelledAfterDequeue_StaysCommitted()
    {
        var clock = new ManualTimeProvider();
        using var pacer = new OutgoingPacer(clock);
        using var cancel = new CancellationTokenSource();
        var queued = pacer.Enqueue([1], MessagePriority.Normal, cancel.Token);

        Assert.True(pacer.TryDequeue(out var message, out _));
        await cancel.CancelAsync();
        message.MarkSent();

        await queued.Sent; // completes normally: the caller learns the frame went out
    }

    [Fact]
    public async Task FailAll_QueuedMessages_FailWithGivenException()
    {
        using var pacer = new OutgoingPacer(new ManualTimeProvider());
        var queued = pacer.Enqueue([1], MessagePriority.Normal, CancellationToken.None);

        pacer.FailAll(new TwsConnectionLostException("gone"));

        await Assert.ThrowsAsync<TwsConnectionLostException>(() => queued.Sent);
        Assert.False(pacer.TryDequeue(out _, out var delay));
        Assert.Equal(Timeout.InfiniteTimeSpan, delay);
    }

    [Fact]
    public void DefaultWindow_IsOneSecondPlusSafetyMargin()
    {
        var clock = new ManualTimeProvider();
        using var pacer = new OutgoingPacer(clock);
        for (var i = 0; i < 51; i++)
        {
            pacer.Enqueue([1], MessagePriority.Normal, CancellationToken.None);
        }

        var sentAt = DrainOnVirtualClock(pacer, clock, 51);

        Assert.Equal(OneSecond + OutgoingPacer.DefaultSafetyMargin, sentAt[50]);
    }

    /// <summary>The largest number of sends inside any half-open window [t, t + window).</summary>
    internal static int MaxInAnyWindow(IReadOnlyList<TimeSpan> sortedTimes, TimeSpan window)
    {
        var max = 0;
        var start = 0;
        for (var end = 0; end < sortedTimes.Count; end++)
        {
            while (sortedTimes[end] - sortedTimes[start] >= window)
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }

    private static List<TimeSpan> DrainOnVirtualClock(OutgoingPacer pacer, ManualTimeProvider clock, int count)
    {
        var sentAt = new List<TimeSpan>();
        while (sentAt.Count < count)
        {
            if (pacer.TryDequeue(out var message, out var delay))
            {
                message.MarkSent();
                sentAt.Add(clock.Elapsed);
            }
            else
            {
                Assert.NotEqual(Timeout.InfiniteTimeSpan, delay);
                clock.Advance(delay);
            }
        }

        return sentAt;
    }
}
