using Condor.Engine.Broker;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Mapping;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// The real quotes of the experiment's legs: one streaming reqMktData per leg through the real gateway, opened when
/// an order needs the leg and kept while an order works on it or the experiment holds it. Ticks are folded
/// (<see cref="MarketQuoteFold"/>) only when <see cref="Drain"/> is called, so an evaluation sees exactly what the
/// gateway had delivered by then (the gateway drains right after a round trip to the real gateway). The
/// decorator's own lines, not the engine's: the engine's subscriptions stay the engine's business (they may end
/// while an exit still works), at the cost of four more market-data lines while a condor is open.
/// Not thread-safe: the gateway serialises every call.
/// </summary>
internal sealed partial class LegFeeds(IBrokerGateway inner, TimeProvider timeProvider, ILogger logger) : IAsyncDisposable
{
    private readonly Dictionary<int, TwsSubscription<MarketDataEvent>> _lines = [];
    private readonly Dictionary<int, MarketQuote> _quotes = [];

    /// <summary>The latest folded quote of each subscribed leg, by conId.</summary>
    public IReadOnlyDictionary<int, MarketQuote> Quotes => _quotes;

    /// <summary>The conIds with a line.</summary>
    public IReadOnlyCollection<int> Subscribed => _lines.Keys;

    /// <summary>Opens a line for every leg that has none. A refused line (e.g. all lines in use) is logged: that leg has no quote, so nothing fills.</summary>
    public async Task EnsureAsync(IEnumerable<ExperimentLeg> legs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(legs);
        foreach (var leg in legs)
        {
            if (_lines.ContainsKey(leg.ConId))
            {
                continue;
            }

            var contract = string.IsNullOrEmpty(leg.Contract.Exchange) ? leg.Contract with { Exchange = "SMART" } : leg.Contract;
            try
            {
                var line = await inner.SubscribeMarketDataAsync(contract, string.Empty, snapshot: false, cancellationToken).ConfigureAwait(false);
                _lines[leg.ConId] = line;
                _quotes[leg.ConId] = MarketQuote.Empty(line.Id, timeProvider.GetUtcNow());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LineRefused(logger, leg.ConId, e.Message);
            }
        }
    }

    /// <summary>Folds every tick delivered so far; a line the gateway ended (e.g. 354) is dropped with its quote, and opened again when next needed.</summary>
    public void Drain()
    {
        foreach (var (conId, line) in _lines.ToList())
        {
            var quote = _quotes[conId];
            while (line.Reader.TryRead(out var tick))
            {
                quote = MarketQuoteFold.Apply(quote, tick.Message, tick.ReceivedAt);
            }

            _quotes[conId] = quote;
            if (line.Reader.Completion.IsCompleted)
            {
                LineEnded(logger, conId, line.Reader.Completion.Exception?.GetBaseException().Message ?? "ended");
                _lines.Remove(conId);
                _quotes.Remove(conId);
            }
        }
    }

    /// <summary>Closes the lines of legs not in <paramref name="needed"/>.</summary>
    public async Task KeepOnlyAsync(IReadOnlySet<int> needed)
    {
        ArgumentNullException.ThrowIfNull(needed);
        foreach (var (conId, line) in _lines.Where(l => !needed.Contains(l.Key)).ToList())
        {
            _lines.Remove(conId);
            _quotes.Remove(conId);
            await CloseAsync(conId, line).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (conId, line) in _lines.ToList())
        {
            await CloseAsync(conId, line).ConfigureAwait(false);
        }

        _lines.Clear();
        _quotes.Clear();
    }

    private async Task CloseAsync(int conId, TwsSubscription<MarketDataEvent> line)
    {
        try
        {
            await line.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LineEnded(logger, conId, "cancelMktData failed: " + e.Message);
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Experiment: no market data for leg conId {ConId} ({Reason}); orders on it cannot fill")]
    private static partial void LineRefused(ILogger logger, int conId, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Experiment: market data of leg conId {ConId} ended ({Reason})")]
    private static partial void LineEnded(ILogger logger, int conId, string reason);
}
