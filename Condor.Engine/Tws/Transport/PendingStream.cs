using System.Threading.Channels;

namespace Condor.Engine.Tws.Transport;

/// <summary>A request answered by any number of items of type <typeparamref name="T"/> and then an End message.</summary>
internal sealed class PendingStream<T> : PendingEntry
{
    private readonly Channel<T> _items = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });

    public PendingStream(int id, TimeSpan timeout)
        : base(id, timeout)
    {
    }

    public ChannelReader<T> Items => _items.Reader;

    public void Add(T item)
    {
        Touch();
        _items.Writer.TryWrite(item);
    }

    public override bool IsMultiItem => true;

    public override void End()
    {
        Release();
        _items.Writer.TryComplete();
    }

    protected override void OnFailed(Exception exception) => _items.Writer.TryComplete(exception);

    protected override void OnCancelled(CancellationToken cancellationToken) =>
        _items.Writer.TryComplete(new OperationCanceledException(cancellationToken));
}
