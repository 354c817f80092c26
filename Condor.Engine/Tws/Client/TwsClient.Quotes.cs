using Condor.Engine.Broker;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Client;

/// <summary>Typed quotes: a streaming reqMktData whose ticks are folded into <see cref="MarketQuote"/>s by the mapping layer.</summary>
internal sealed partial class TwsClient
{
    /// <summary>
    /// reqMktData (streaming) for <paramref name="contract"/>, yielding the quote after every tick that changed it
    /// (a tick that leaves it equal, such as the size tick repeating a price tick's size, yields nothing)
    /// — see <see cref="MarketQuoteFold"/>: unset prices and not-computed greeks are null. Disposing sends cancelMktData;
    /// the subscription is re-sent after a reconnect and keeps its quote. Counts against the market-data lines.
    /// </summary>
    /// <exception cref="TwsMarketDataLinesExceededException">All lines are in use; nothing was sent.</exception>
    public async Task<TwsSubscription<MarketQuote>> SubscribeQuotesAsync(Contract contract, string genericTickList, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(genericTickList);
        TwsSubscription<MarketQuote>? subscription = null;
        var id = AddStream(
            tickerId =>
            {
                subscription = new TwsSubscription<MarketQuote>(tickerId, s => StopStream(s.Id));
                var target = subscription;
                var quote = MarketQuote.Empty(tickerId, _timeProvider.GetUtcNow());
                return new ActiveStream(
                    new ReqMktDataRequest(tickerId, contract, genericTickList, Snapshot: false, RegulatorySnapshot: false),
                    new CancelMktDataRequest(tickerId),
                    isMarketDataLine: true,
                    isSnapshot: false,
                    (message, receivedAt) =>
                    {
                        // the dispatcher is the only caller: one tick at a time
                        var next = MarketQuoteFold.Apply(quote, message, receivedAt);
                        if (next == quote)
                        {
                            return true;
                        }

                        quote = next;
                        return target.Write(next);
                    },
                    target.Complete);
            },
            isMarketDataLine: true);
        await StartStreamAsync(id, cancellationToken).ConfigureAwait(false);
        return subscription!;
    }
}
