using System.Threading.Channels;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>
/// The engine's in-process event stream: one publisher (the engine), any number of subscribers (dashboard circuits,
/// the SignalR hub, notifications). Each subscriber reads its own bounded channel; a subscriber that stops reading
/// loses its oldest events, never slows the engine. Dispose the subscription to unsubscribe. Thread-safe; no statics
/// (one per engine instance).
/// </summary>
internal sealed class EngineEvents
{
    /// <summary>Events a subscriber may fall behind by before its oldest are dropped.</summary>
    public const int SubscriberCapacity = 1024;

    private readonly Lock _lock = new();
    private readonly List<EngineEventSubscription> _subscribers = [];
    private bool _completed;

    /// <summary>A subscriber sees every event published from now on, until it is disposed or the engine stops.</summary>
    public EngineEventSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<EngineEvent>(new BoundedChannelOptions(SubscriberCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = false,
            SingleWriter = false,
        });
        var subscription = new EngineEventSubscription(channel, Remove);
        lock (_lock)
        {
            if (_completed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _subscribers.Add(subscription);
            }
        }

        return subscription;
    }

    /// <summary>How many subscribers there are now.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Publish(EngineEvent engineEvent)
    {
        ArgumentNullException.ThrowIfNull(engineEvent);
        EngineEventSubscription[] subscribers;
        lock (_lock)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Write(engineEvent);
        }
    }

    /// <summary>Ends every subscriber's stream (the engine stopped); later subscribers get an ended stream.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            _completed = true;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Complete();
            }

            _subscribers.Clear();
        }
    }

    private void Remove(EngineEventSubscription subscription)
    {
        lock (_lock)
        {
            _subscribers.Remove(subscription);
        }
    }
}
