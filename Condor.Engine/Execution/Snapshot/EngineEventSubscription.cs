using System.Threading.Channels;

namespace Condor.Engine.Execution.Snapshot;

/// <summary>One subscriber's view of <see cref="EngineEvents"/>: read <see cref="Reader"/>; dispose to unsubscribe.</summary>
internal sealed class EngineEventSubscription : IDisposable
{
    private readonly Channel<EngineEvent> _channel;
    private Action<EngineEventSubscription>? _onDispose;

    internal EngineEventSubscription(Channel<EngineEvent> channel, Action<EngineEventSubscription> onDispose)
    {
        _channel = channel;
        _onDispose = onDispose;
    }

    public ChannelReader<EngineEvent> Reader => _channel.Reader;

    public IAsyncEnumerable<EngineEvent> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);

    public void Dispose()
    {
        var onDispose = Interlocked.Exchange(ref _onDispose, null);
        if (onDispose is null)
        {
            return;
        }

        _channel.Writer.TryComplete();
        onDispose(this);
    }

    internal void Write(EngineEvent engineEvent) => _channel.Writer.TryWrite(engineEvent);

    internal void Complete() => _channel.Writer.TryComplete();
}
