using System.Threading.Channels;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// A stream of values from the client (market-data ticks, P&amp;L, order events, state changes). Read it through
/// <see cref="Reader"/> or <see cref="ReadAllAsync"/>; disposing it ends the stream and, for gateway
/// subscriptions, sends the matching cancel (cancelMktData, cancelPnL). The stream completes with an
/// exception when the gateway fails the subscription (e.g. 354 not subscribed).
/// </summary>
/// <remarks>Unbounded: a consumer that stops reading while the subscription lives makes it grow; dispose what you no longer read.</remarks>
internal sealed class TwsSubscription<T> : IAsyncDisposable
{
    private readonly Channel<T> _channel = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = false });
    private Func<TwsSubscription<T>, ValueTask>? _onDispose;

    public TwsSubscription(int id, Func<TwsSubscription<T>, ValueTask> onDispose)
    {
        ArgumentNullException.ThrowIfNull(onDispose);
        Id = id;
        _onDispose = onDispose;
    }

    /// <summary>The request / ticker id on the wire (0 for client-side streams such as order events).</summary>
    public int Id { get; }

    public ChannelReader<T> Reader => _channel.Reader;

    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        var onDispose = Interlocked.Exchange(ref _onDispose, null);
        if (onDispose is null)
        {
            return;
        }

        _channel.Writer.TryComplete();
        await onDispose(this).ConfigureAwait(false);
    }

    internal bool Write(T value) => _channel.Writer.TryWrite(value);

    internal void Complete(Exception? error = null) => _channel.Writer.TryComplete(error);
}
