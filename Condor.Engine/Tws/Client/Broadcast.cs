namespace Condor.Engine.Tws.Client;

/// <summary>Fans one stream of values out to every live <see cref="TwsSubscription{T}"/> (order events, state changes). Thread-safe.</summary>
internal sealed class Broadcast<T>
{
    private readonly Lock _lock = new();
    private readonly List<TwsSubscription<T>> _subscribers = [];

    /// <summary>A new subscriber sees every value published from now on.</summary>
    public TwsSubscription<T> Subscribe()
    {
        var subscription = new TwsSubscription<T>(0, Remove);
        lock (_lock)
        {
            _subscribers.Add(subscription);
        }

        return subscription;
    }

    public void Publish(T value)
    {
        TwsSubscription<T>[] subscribers;
        lock (_lock)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Write(value);
        }
    }

    /// <summary>Ends every subscriber's stream (client disposed).</summary>
    public void CompleteAll()
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Complete();
            }

            _subscribers.Clear();
        }
    }

    private ValueTask Remove(TwsSubscription<T> subscription)
    {
        lock (_lock)
        {
            _subscribers.Remove(subscription);
        }

        return ValueTask.CompletedTask;
    }
}
