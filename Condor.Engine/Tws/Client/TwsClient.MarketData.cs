using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Client;

/// <summary>Market data: reqMktData subscriptions (index, option, BAG combo; streaming or snapshot).</summary>
internal sealed partial class TwsClient
{
    /// <summary>
    /// reqMktData for <paramref name="contract"/>. The subscription yields <see cref="MarketDataEvent"/>s; disposing
    /// it sends cancelMktData. A snapshot's stream ends by itself after tickSnapshotEnd. Streaming subscriptions are
    /// re-sent after a reconnect. Lines are capped below IB's 100 (<see cref="TwsClientSettings.MaxMarketDataLines"/>).
    /// </summary>
    /// <param name="contract">Index, option, or BAG combo with its legs.</param>
    /// <param name="genericTickList">IB generic tick ids, comma-separated (e.g. "100,101,106"); empty for the defaults.</param>
    /// <param name="snapshot">One snapshot instead of a stream.</param>
    /// <param name="cancellationToken">Cancels sending the request.</param>
    /// <exception cref="TwsMarketDataLinesExceededException">All lines are in use; nothing was sent.</exception>
    public async Task<TwsSubscription<MarketDataEvent>> SubscribeMarketDataAsync(
        Contract contract, string genericTickList, bool snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(genericTickList);
        TwsSubscription<MarketDataEvent>? subscription = null;
        var id = AddStream(
            tickerId =>
            {
                subscription = new TwsSubscription<MarketDataEvent>(tickerId, s => StopStream(s.Id));
                var target = subscription;
                return new ActiveStream(
                    new ReqMktDataRequest(tickerId, contract, genericTickList, snapshot, RegulatorySnapshot: false),
                    new CancelMktDataRequest(tickerId),
                    isMarketDataLine: true,
                    snapshot,
                    (message, receivedAt) => target.Write(new MarketDataEvent(tickerId, receivedAt, message)),
                    target.Complete);
            },
            isMarketDataLine: true);
        await StartStreamAsync(id, cancellationToken).ConfigureAwait(false);
        return subscription!;
    }
}
