using System.Collections.Concurrent;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Tws.Client;

/// <summary>Live gateway subscriptions (market data, P&amp;L): routing, failing, re-sending after a reconnect.</summary>
internal sealed partial class TwsClient
{
    private readonly ConcurrentDictionary<int, ActiveStream> _streams = new();
    private readonly Lock _linesLock = new();

    /// <summary>Market-data lines in use (streaming subscriptions and snapshots in flight).</summary>
    public int MarketDataLines
    {
        get
        {
            lock (_linesLock)
            {
                return _streams.Values.Count(s => s.IsMarketDataLine);
            }
        }
    }

    /// <summary>Reserves a stream id; for a market-data line, refuses beyond the line limit.</summary>
    private int AddStream(Func<int, ActiveStream> create, bool isMarketDataLine)
    {
        lock (_linesLock)
        {
            if (isMarketDataLine && _streams.Values.Count(s => s.IsMarketDataLine) >= _settings.MaxMarketDataLines)
            {
                throw new TwsMarketDataLinesExceededException(_settings.MaxMarketDataLines);
            }

            var id = _requestIds.Next();
            _streams[id] = create(id);
            return id;
        }
    }

    /// <summary>Sends a stream's subscribe request; on failure the stream is removed and the failure propagates.</summary>
    private async Task StartStreamAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(_streams[id].Subscribe, id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (_streams.TryRemove(id, out var stream))
            {
                stream.Complete(ex);
            }

            throw;
        }
    }

    /// <summary>A subscription was disposed: forget it and, if the gateway still streams it, send the cancel.</summary>
    private ValueTask StopStream(int id)
    {
        if (_streams.TryRemove(id, out var stream) && _connection.State == ConnectionState.Connected)
        {
            SendInBackground(stream.Cancel, "cancel of subscription " + id);
        }

        return ValueTask.CompletedTask;
    }

    private void RouteStream(IIncomingMessage message, DateTimeOffset receivedAt)
    {
        var id = message switch
        {
            TickPriceMessage m => m.TickerId,
            TickSizeMessage m => m.TickerId,
            TickOptionComputationMessage m => m.TickerId,
            TickGenericMessage m => m.TickerId,
            TickStringMessage m => m.TickerId,
            TickReqParamsMessage m => m.TickerId,
            TickSnapshotEndMessage m => m.TickerId,
            MarketDataTypeMessage m => m.ReqId,
            PnlMessage m => m.ReqId,
            _ => (int?)null,
        };
        if (id is not { } streamId || !_streams.TryGetValue(streamId, out var stream))
        {
            return; // a tick for a subscription already disposed
        }

        stream.Write(message, receivedAt);
        if (message is TickSnapshotEndMessage && _streams.TryRemove(streamId, out _))
        {
            stream.Complete(null);
        }
    }

    /// <summary>
    /// A gateway error for a live subscription (354 not subscribed, 10197...) ends that subscription's stream. An
    /// informational one about it (10090 part of the data not subscribed, 10167 delayed data shown) goes into the stream
    /// as an <see cref="ErrorMessage"/>, which goes on: a reader can tell the data is incomplete (the doctor does).
    /// </summary>
    private bool TryFailStream(ErrorMessage error, DateTimeOffset receivedAt)
    {
        var errorClass = TwsErrorClassifier.Classify(error.ErrorCode);
        if (errorClass == TwsErrorClass.Informational && error.Id > 0 && _streams.TryGetValue(error.Id, out var informed))
        {
            informed.Write(error, receivedAt);
            return false;
        }

        if (!TwsErrorClassifier.FailsRequest(errorClass) || !_streams.TryRemove(error.Id, out var stream))
        {
            return false;
        }

        ClientLog.SubscriptionFailed(_logger, error.Id, error.ErrorCode, error.ErrorMsg);
        if (errorClass == TwsErrorClass.Unknown && _connection.State == ConnectionState.Connected)
        {
            // an unlisted code may leave the gateway streaming: release the line there too (fail closed)
            SendInBackground(stream.Cancel, "cancel of failed subscription " + error.Id);
        }

        stream.Complete(new TwsRequestException(error.Id, error.ErrorCode, error.ErrorMsg, errorClass, error.AdvancedOrderRejectJson));
        return true;
    }

    /// <summary>Connection ended: snapshots in flight fail; streaming subscriptions wait for the next session unless <paramref name="includeStreaming"/>.</summary>
    private void FailStreams(Exception exception, bool includeStreaming)
    {
        foreach (var (id, stream) in _streams)
        {
            if ((includeStreaming || stream.IsSnapshot) && _streams.TryRemove(id, out _))
            {
                stream.Complete(exception);
            }
        }
    }

    /// <summary>Re-sends every live streaming subscription with its id (new session, or 1101 data lost).</summary>
    private void Resubscribe(string reason)
    {
        var live = _streams.Where(s => !s.Value.IsSnapshot).ToList();
        if (live.Count == 0)
        {
            return;
        }

        ClientLog.Resubscribing(_logger, live.Count, reason);
        foreach (var (id, stream) in live)
        {
            SendInBackground(stream.Subscribe, "resubscribe " + id);
        }
    }
}
