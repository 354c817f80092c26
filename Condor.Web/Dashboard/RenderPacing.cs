namespace Condor.Web.Dashboard;

/// <summary>
/// How often a page may repaint: the first change after a quiet spell renders at once, a burst at most once
/// per <see cref="Interval"/>. Pacing is about the phone's screen, so it runs on the wall clock
/// (<see cref="TimeProvider.System"/> in the app; a manual clock in tests), not on the trading clock, which
/// may be a fast rehearsal clock.
/// </summary>
internal sealed record RenderPacing(TimeProvider Clock, TimeSpan Interval)
{
    public static RenderPacing Default { get; } = new(TimeProvider.System, TimeSpan.FromMilliseconds(250));
}
