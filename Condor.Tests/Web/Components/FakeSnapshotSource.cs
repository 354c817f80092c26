using System.Threading.Channels;
using Condor.Web.Dashboard;

namespace Condor.Tests.Web.Components;

/// <summary>
/// A snapshot source a test pushes into through a <see cref="Channel{T}"/>; a pump publishes each push on
/// its own thread, as the engine would. <see cref="DeliveredAsync"/> waits until a number of them has been published.
/// </summary>
internal sealed class FakeSnapshotSource<T> : ISnapshotSource<T>, IAsyncDisposable
    where T : class
{
    private readonly Channel<T> _pushes = Channel.CreateUnbounded<T>();
    private readonly SnapshotPublisher<T> _publisher;
    private readonly Task _pump;
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _delivered;

    public FakeSnapshotSource(T initial)
    {
        _publisher = new SnapshotPublisher<T>(initial);
        _pump = Task.Run(PumpAsync);
    }

    public T Current => _publisher.Current;

    public int Subscribers => _publisher.SubscriberCount;

    public IDisposable Subscribe(Action<T> changed) => _publisher.Subscribe(changed);

    public ValueTask PushAsync(T snapshot) => _pushes.Writer.WriteAsync(snapshot);

    /// <summary>Completes once <paramref name="count"/> snapshots have been published (every subscriber called).</summary>
    public Task DeliveredAsync(int count)
    {
        lock (_gate)
        {
            if (_delivered >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private async Task PumpAsync()
    {
        await foreach (var snapshot in _pushes.Reader.ReadAllAsync())
        {
            _publisher.Publish(snapshot);
            lock (_gate)
            {
                _delivered++;
                foreach (var waiter in _waiters.Where(w => w.Count <= _delivered).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.SetResult();
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _pushes.Writer.TryComplete();
        await _pump;
    }
}
