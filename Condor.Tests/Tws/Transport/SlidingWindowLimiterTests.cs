using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Transport;

public sealed class SlidingWindowLimiterTests
{
    [Fact]
    public void DelayBeforeNext_WindowFull_WaitsUntilOldestIsAWindowOld()
    {
        var limiter = new SlidingWindowLimiter(3, TimeSpan.FromSeconds(1));
        limiter.Record(TimeSpan.FromMilliseconds(0));
        limiter.Record(TimeSpan.FromMilliseconds(200));
        Assert.Equal(TimeSpan.Zero, limiter.DelayBeforeNext(TimeSpan.FromMilliseconds(300)));
        limiter.Record(TimeSpan.FromMilliseconds(300));

        Assert.Equal(TimeSpan.FromMilliseconds(600), limiter.DelayBeforeNext(TimeSpan.FromMilliseconds(400)));
        Assert.Equal(TimeSpan.Zero, limiter.DelayBeforeNext(TimeSpan.FromMilliseconds(1000)));
        limiter.Record(TimeSpan.FromMilliseconds(1000));
        Assert.Equal(TimeSpan.FromMilliseconds(100), limiter.DelayBeforeNext(TimeSpan.FromMilliseconds(1100))); // oldest now 200 ms
    }
}
