using Bunit;
using Condor.Tests.TestSupport;
using Condor.Web.Dashboard;

namespace Condor.Tests.Web.Components;

public sealed class LiveComponentTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Render_ShowsTheCurrentSnapshotAtOnce()
    {
        await using var source = new FakeSnapshotSource<CounterSnapshot>(new CounterSnapshot(7));
        await using var context = Context(source, new ManualTimeProvider());

        var page = context.Render<CounterLive>();

        Assert.Equal("7", page.Find("#value").TextContent);
        Assert.Equal(1, source.Subscribers);
    }

    [Fact]
    public async Task Push_AfterAQuietSpell_RendersAtOnce()
    {
        await using var source = new FakeSnapshotSource<CounterSnapshot>(new CounterSnapshot(0));
        await using var context = Context(source, new ManualTimeProvider());
        var page = context.Render<CounterLive>();

        await source.PushAsync(new CounterSnapshot(1));

        page.WaitForAssertion(() => Assert.Equal("1", page.Find("#value").TextContent));
    }

    [Fact]
    public async Task Push_Burst_CoalescedIntoOneRenderAtTheEndOfTheInterval()
    {
        var clock = new ManualTimeProvider();
        await using var source = new FakeSnapshotSource<CounterSnapshot>(new CounterSnapshot(0));
        await using var context = Context(source, clock);
        var page = context.Render<CounterLive>();
        await source.PushAsync(new CounterSnapshot(1));
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("#value").TextContent));
        var rendersAfterFirst = page.RenderCount;

        for (var i = 2; i <= 10; i++)
        {
            await source.PushAsync(new CounterSnapshot(i));
        }

        await source.DeliveredAsync(10);
        Assert.Equal("1", page.Find("#value").TextContent);
        Assert.Equal(rendersAfterFirst, page.RenderCount);

        clock.Advance(Interval);

        page.WaitForAssertion(() => Assert.Equal("10", page.Find("#value").TextContent));
        Assert.Equal(rendersAfterFirst + 1, page.RenderCount);
    }

    [Fact]
    public async Task Dispose_Unsubscribes()
    {
        await using var source = new FakeSnapshotSource<CounterSnapshot>(new CounterSnapshot(0));
        await using var context = Context(source, new ManualTimeProvider());
        context.Render<CounterLive>();
        Assert.Equal(1, source.Subscribers);

        await context.DisposeComponentsAsync();

        Assert.Equal(0, source.Subscribers);
    }

    [Fact]
    public async Task NewComponent_AfterChanges_RendersTheSourcesStateNotItsOwn()
    {
        await using var source = new FakeSnapshotSource<CounterSnapshot>(new CounterSnapshot(0));
        await using var context = Context(source, new ManualTimeProvider());
        context.Render<CounterLive>();
        await source.PushAsync(new CounterSnapshot(42));
        await source.DeliveredAsync(1);

        // A new circuit (here: a new component) shows what the source has, at once.
        var second = context.Render<CounterLive>();

        Assert.Equal("42", second.Find("#value").TextContent);
    }

    private static BunitContext Context(FakeSnapshotSource<CounterSnapshot> source, ManualTimeProvider clock) =>
        ComponentTest.Create(services => services
            .AddSingleton<ISnapshotSource<CounterSnapshot>>(source)
            .AddSingleton(new RenderPacing(clock, Interval)));
}
