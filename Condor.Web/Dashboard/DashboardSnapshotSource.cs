using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Execution.Snapshot;
using Condor.Web.Components.Pages;
using Microsoft.Extensions.Options;

namespace Condor.Web.Dashboard;

/// <summary>
/// Today's dashboard snapshot: the trading engine's own snapshot (<see cref="TradingEngine.Snapshot"/>), re-read on
/// every engine event and every wall-clock second (the clock moves), with the owner's zone and the day's plan.
/// </summary>
internal sealed class DashboardSnapshotSource : ISnapshotSource<DashboardSnapshot>, IHostedService, IAsyncDisposable
{
    private readonly IOptions<CondorOptions> _condor;
    private readonly IOptions<StrategyOptions> _strategy;
    private readonly IOptions<ScheduleOptions> _schedule;
    private readonly ExchangeCalendar _calendar;
    private readonly TimeProvider _time;
    private readonly RenderPacing _pacing;
    private readonly Func<EngineSnapshot> _engine;
    private readonly Func<EngineEvents> _events;
    private readonly Lazy<SnapshotPublisher<DashboardSnapshot>> _publisher;
    private readonly CancellationTokenSource _stop = new();
    private ITimer? _tick;
    private Task _watch = Task.CompletedTask;
    private int _disposed;

    /// <summary>
    /// Reads no option and resolves no engine until first used: a configuration error is reported by start-up
    /// validation, not here, and the engine (which needs the journal, opened at start-up) is asked for after start-up.
    /// </summary>
    /// <param name="engine">Reads the engine's current snapshot.</param>
    /// <param name="events">The engine's event stream (asked for at start): each event means the snapshot may have changed.</param>
    public DashboardSnapshotSource(
        IOptions<CondorOptions> condor, IOptions<StrategyOptions> strategy, IOptions<ScheduleOptions> schedule,
        ExchangeCalendar calendar, TimeProvider time, RenderPacing pacing, Func<EngineSnapshot> engine, Func<EngineEvents> events)
    {
        _condor = condor;
        _strategy = strategy;
        _schedule = schedule;
        _calendar = calendar;
        _time = time;
        _pacing = pacing;
        _engine = engine;
        _events = events;
        _publisher = new(() => new SnapshotPublisher<DashboardSnapshot>(Compute()));
    }

    public DashboardSnapshot Current => _publisher.Value.Current;

    public IDisposable Subscribe(Action<DashboardSnapshot> changed) => _publisher.Value.Subscribe(changed);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var events = _events().Subscribe();
        _watch = WatchEngineAsync(events, _stop.Token);
        _tick = _pacing.Clock.CreateTimer(_ => Refresh(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        Refresh();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _tick?.Dispose();
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        await _watch.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes a fresh snapshot (the clock moved or the engine changed).</summary>
    public void Refresh() => _publisher.Value.Publish(Compute());

    private DashboardSnapshot Compute()
    {
        var condor = _condor.Value;
        var ownerZone = TimeZoneInfo.FindSystemTimeZoneById(condor.OwnerTimeZone);
        var engine = _engine() with { Now = _time.GetUtcNow() };
        var plan = SessionSchedule.For(engine.Now, _calendar, _strategy.Value, _schedule.Value, ownerZone);
        return new DashboardSnapshot(EngineStatus.From(engine), ownerZone, ScheduleView.From(plan, ownerZone));
    }

    private async Task WatchEngineAsync(EngineEventSubscription events, CancellationToken stop)
    {
        using (events)
        {
            try
            {
                await foreach (var _ in events.ReadAllAsync(stop).ConfigureAwait(false))
                {
                    Refresh();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // stopping
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _tick?.Dispose();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _watch.ConfigureAwait(false);
        _stop.Dispose();
    }
}
