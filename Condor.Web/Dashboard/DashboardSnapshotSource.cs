using Condor.Engine.Configuration;
using Condor.Engine.Execution;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Transport;
using Condor.Web.Components.Pages;
using Microsoft.Extensions.Options;

namespace Condor.Web.Dashboard;

/// <summary>
/// Today's dashboard snapshot, fed from what exists before the trading engine does: the mode, the one clock
/// (re-read every wall-clock second), the TWS client's connection state (on each change) and the day's plan.
/// </summary>
internal sealed class DashboardSnapshotSource : ISnapshotSource<DashboardSnapshot>, IHostedService, IAsyncDisposable
{
    private readonly IOptions<CondorOptions> _condor;
    private readonly IOptions<StrategyOptions> _strategy;
    private readonly IOptions<ScheduleOptions> _schedule;
    private readonly ExchangeCalendar _calendar;
    private readonly TimeProvider _time;
    private readonly RenderPacing _pacing;
    private readonly TwsClient _broker;
    private readonly Lazy<SnapshotPublisher<DashboardSnapshot>> _publisher;
    private readonly CancellationTokenSource _stop = new();
    private ITimer? _tick;
    private Task _watch = Task.CompletedTask;
    private int _disposed;

    /// <summary>Reads no option until first used: a configuration error is reported by start-up validation, not here.</summary>
    public DashboardSnapshotSource(
        IOptions<CondorOptions> condor, IOptions<StrategyOptions> strategy, IOptions<ScheduleOptions> schedule,
        ExchangeCalendar calendar, TimeProvider time, RenderPacing pacing, TwsClient broker)
    {
        _condor = condor;
        _strategy = strategy;
        _schedule = schedule;
        _calendar = calendar;
        _time = time;
        _pacing = pacing;
        _broker = broker;
        _publisher = new(() => new SnapshotPublisher<DashboardSnapshot>(Compute()));
    }

    public DashboardSnapshot Current => _publisher.Value.Current;

    public IDisposable Subscribe(Action<DashboardSnapshot> changed) => _publisher.Value.Subscribe(changed);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var states = _broker.SubscribeStateChanges();
        _watch = WatchBrokerAsync(states, _stop.Token);
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

    /// <summary>Publishes a fresh snapshot (the clock moved or the connection changed).</summary>
    public void Refresh() => _publisher.Value.Publish(Compute());

    private DashboardSnapshot Compute()
    {
        var condor = _condor.Value;
        var ownerZone = TimeZoneInfo.FindSystemTimeZoneById(condor.OwnerTimeZone);
        var now = _time.GetUtcNow();
        var plan = SessionSchedule.For(now, _calendar, _strategy.Value, _schedule.Value, ownerZone);
        return new DashboardSnapshot(condor.Mode, now, ownerZone, _broker.State.ToString(), ScheduleView.From(plan, ownerZone));
    }

    private async Task WatchBrokerAsync(TwsSubscription<ConnectionStateChanged> states, CancellationToken stop)
    {
        await using (states.ConfigureAwait(false))
        {
            try
            {
                await foreach (var _ in states.ReadAllAsync(stop).ConfigureAwait(false))
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
