using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Transport;

/// <summary>Records a connection's state changes and lets a test await a given state.</summary>
internal sealed class StateRecorder
{
    private readonly Lock _lock = new();
    private readonly List<ConnectionStateChanged> _changes = [];
    private readonly List<(ConnectionState State, TaskCompletionSource<ConnectionStateChanged> Source)> _waiters = [];

    public StateRecorder(TwsConnection connection)
    {
        connection.StateChanged += OnChanged;
    }

    public IReadOnlyList<ConnectionStateChanged> Changes
    {
        get
        {
            lock (_lock)
            {
                return [.. _changes];
            }
        }
    }

    /// <summary>The first change into <paramref name="state"/> (already seen or still to come).</summary>
    public Task<ConnectionStateChanged> WaitForAsync(ConnectionState state, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var seen = _changes.Find(c => c.Current == state);
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            var source = new TaskCompletionSource<ConnectionStateChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((state, source));
            return source.Task.WaitAsync(cancellationToken);
        }
    }

    private void OnChanged(object? sender, ConnectionStateChanged change)
    {
        List<TaskCompletionSource<ConnectionStateChanged>> ready;
        lock (_lock)
        {
            _changes.Add(change);
            ready = [.. _waiters.Where(w => w.State == change.Current).Select(w => w.Source)];
            _waiters.RemoveAll(w => w.State == change.Current);
        }

        foreach (var source in ready)
        {
            source.TrySetResult(change);
        }
    }
}
