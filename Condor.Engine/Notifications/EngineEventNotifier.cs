using Condor.Engine.Execution;
using Condor.Engine.Execution.Snapshot;
using Microsoft.Extensions.Hosting;

namespace Condor.Engine.Notifications;

/// <summary>
/// Turns the engine's events into notifications (<see cref="EngineEventNotifications"/>). Subscribes when the host
/// starts it — registered before the engine's hosted service, so before the engine publishes — and only when a
/// channel is configured; reads its own bounded subscription, so it never slows the engine.
/// </summary>
internal sealed class EngineEventNotifier(
    Func<(EngineEvents Events, Func<EngineSnapshot?> Snapshot)> source, NotificationDispatcher dispatcher) : BackgroundService
{
    private EngineEventSubscription? _subscription;
    private Func<EngineSnapshot?> _snapshot = () => null;

    /// <summary>The app's engine, resolved at start (after the journal is open).</summary>
    public static EngineEventNotifier For(Func<TradingEngine> engine, NotificationDispatcher dispatcher) =>
        new(() =>
        {
            var e = engine();
            return (e.Events, () => e.Snapshot);
        }, dispatcher);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (dispatcher.Enabled)
        {
            var (events, snapshot) = source();
            _snapshot = snapshot;
            _subscription = events.Subscribe();
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_subscription is null)
        {
            return;
        }

        try
        {
            await foreach (var engineEvent in _subscription.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (EngineEventNotifications.Map(engineEvent, _snapshot()) is { } notification)
                {
                    dispatcher.Publish(notification);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _subscription?.Dispose();
        base.Dispose();
    }
}
