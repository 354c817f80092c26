using System.Collections.Immutable;

namespace Condor.Web.Dashboard;

/// <summary>The current snapshot and its subscribers: the plumbing every snapshot source shares.</summary>
internal sealed class SnapshotPublisher<T>(T initial)
    where T : class
{
    private ImmutableList<Action<T>> _subscribers = [];
    private T _current = initial;

    public T Current => Volatile.Read(ref _current);

    public int SubscriberCount => Volatile.Read(ref _subscribers).Count;

    public void Publish(T snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _current, snapshot);
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber(snapshot);
        }
    }

    public IDisposable Subscribe(Action<T> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ImmutableInterlocked.Update(ref _subscribers, static (list, item) => list.Add(item), changed);
        return new Subscription(this, changed);
    }

    private sealed class Subscription(SnapshotPublisher<T> owner, Action<T> changed) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                ImmutableInterlocked.Update(ref owner._subscribers, static (list, item) => list.Remove(item), changed);
            }
        }
    }
}
