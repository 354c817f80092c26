using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Client;

/// <summary>
/// A gateway subscription the client keeps alive (reqMktData, reqPnL): the request to re-send after a
/// reconnect, the cancel to send on dispose, and how to deliver or end its stream.
/// </summary>
internal sealed class ActiveStream
{
    private readonly Func<IIncomingMessage, DateTimeOffset, bool> _write;
    private readonly Action<Exception?> _complete;

    public ActiveStream(
        ITwsRequest subscribe,
        ITwsRequest cancel,
        bool isMarketDataLine,
        bool isSnapshot,
        Func<IIncomingMessage, DateTimeOffset, bool> write,
        Action<Exception?> complete)
    {
        Subscribe = subscribe;
        Cancel = cancel;
        IsMarketDataLine = isMarketDataLine;
        IsSnapshot = isSnapshot;
        _write = write;
        _complete = complete;
    }

    public ITwsRequest Subscribe { get; }

    public ITwsRequest Cancel { get; }

    /// <summary>Counts against the market-data line limit.</summary>
    public bool IsMarketDataLine { get; }

    /// <summary>A snapshot ends by itself (tickSnapshotEnd) and is not re-sent after a reconnect.</summary>
    public bool IsSnapshot { get; }

    public bool Write(IIncomingMessage message, DateTimeOffset receivedAt) => _write(message, receivedAt);

    public void Complete(Exception? error) => _complete(error);
}
