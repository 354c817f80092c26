using Condor.Web.Dashboard;
using Microsoft.AspNetCore.Components;

namespace Condor.Web.Components;

/// <summary>
/// The one live-update pattern for every page: render the source's current snapshot at once (also when
/// prerendering), subscribe on the first interactive render, apply each change through
/// <c>InvokeAsync(StateHasChanged)</c> paced by <see cref="RenderThrottle"/> (the first change after a quiet
/// spell at once, a burst coalesced to a few renders per second), unsubscribe on dispose. The component keeps
/// nothing but the latest snapshot it was given.
/// </summary>
public abstract class LiveComponent<T> : ComponentBase, IDisposable
    where T : class
{
    private IDisposable? _subscription;
    private RenderThrottle? _throttle;
    private T? _latest;
    private bool _disposed;

    /// <summary>What the component renders: the source's snapshot as of the last render.</summary>
    protected T Snapshot { get; private set; } = null!;

    [Inject]
    private ISnapshotSource<T> Source { get; set; } = null!;

    [Inject]
    private RenderPacing Pacing { get; set; } = null!;

    protected override void OnInitialized() => Snapshot = Source.Current;

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || _disposed)
        {
            return;
        }

        _throttle = new RenderThrottle(Pacing, RenderLatest);
        _subscription = Source.Subscribe(Changed);
        // A change published between the first render and the subscription is not lost.
        if (!ReferenceEquals(Source.Current, Snapshot))
        {
            Changed(Source.Current);
        }
    }

    private void Changed(T snapshot)
    {
        Volatile.Write(ref _latest, snapshot);
        _throttle?.Changed();
    }

    private void RenderLatest() => _ = InvokeAsync(() =>
    {
        if (_disposed || Volatile.Read(ref _latest) is not { } latest)
        {
            return;
        }

        Snapshot = latest;
        StateHasChanged();
    });

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _subscription?.Dispose();
            _throttle?.Dispose();
        }
    }
}
