using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Transport;

public sealed class OrderIdAllocatorTests
{
    [Fact]
    public async Task AllocateAsync_AfterNextValidId_MonotonicFromSeed()
    {
        var ids = new OrderIdAllocator();
        ids.Observe(101);

        Assert.Equal(101, await ids.AllocateAsync(CancellationToken.None));
        Assert.Equal(102, await ids.AllocateAsync(CancellationToken.None));
        Assert.Equal(103, ids.PeekNext);
    }

    [Fact]
    public async Task Observe_LowerIdAfterAllocations_NeverGoesBackwards()
    {
        var ids = new OrderIdAllocator();
        ids.Observe(101);
        await ids.AllocateAsync(CancellationToken.None);
        await ids.AllocateAsync(CancellationToken.None);

        ids.BeginSession();
        ids.Observe(101); // a stale nextValidId after reconnect

        Assert.Equal(103, await ids.AllocateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Observe_HigherId_JumpsForward()
    {
        var ids = new OrderIdAllocator();
        ids.Observe(101);
        ids.Observe(500); // another client used ids meanwhile

        Assert.Equal(500, await ids.AllocateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AllocateAsync_NewSessionWithoutNextValidId_WaitsForIt()
    {
        var ids = new OrderIdAllocator();
        ids.Observe(101);
        ids.BeginSession();

        var pending = ids.AllocateAsync(CancellationToken.None);
        Assert.False(pending.IsCompleted);
        ids.Observe(300);

        Assert.Equal(300, await pending.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task AllocateAsync_NeverSeeded_CancelledByToken()
    {
        var ids = new OrderIdAllocator();
        using var cancel = new CancellationTokenSource();
        var pending = ids.AllocateAsync(cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        Assert.Null(ids.PeekNext);
    }

    [Fact]
    public async Task AllocateAsync_ReachesRequestIdRange_Refuses()
    {
        var ids = new OrderIdAllocator();
        ids.Observe(RequestIdAllocator.FirstId);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ids.AllocateAsync(CancellationToken.None));
    }

    [Fact]
    public void RequestIdAllocatorNext_StartsAboveOrderIds_Increments()
    {
        var ids = new RequestIdAllocator();

        Assert.Equal(RequestIdAllocator.FirstId, ids.Next());
        Assert.Equal(RequestIdAllocator.FirstId + 1, ids.Next());
    }
}
