using System.Collections.Concurrent;
using Condor.Engine.Broker;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Mapping;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Entry;

/// <summary>
/// The day's market data: the index, VIX and the option chain around spot, each a streaming subscription whose
/// ticks are folded into the latest quote as they arrive (one pump task per subscription). The engine's loop reads
/// the latest values; nothing here decides anything. Disposing cancels every subscription.
/// </summary>
internal sealed class ChainBook : IAsyncDisposable
{
    /// <summary>Close price ticks (TWS API "Available Tick Types": 9 close, 75 delayed close).</summary>
    private const int CloseTick = 9;
    private const int DelayedCloseTick = 75;

    private readonly IBrokerGateway _broker;
    private readonly ConcurrentDictionary<string, LiveQuote> _quotes = new();
    private readonly List<(TwsSubscription<MarketDataEvent> Subscription, Task Pump)> _subscriptions = [];
    private readonly Dictionary<(OptionRight Right, decimal Strike), Contract> _options = [];

    public ChainBook(IBrokerGateway broker, IndexOptionContract contract, Contract index, Contract vix)
    {
        _broker = broker;
        Contract = contract;
        Index = index;
        Vix = vix;
    }

    public IndexOptionContract Contract { get; }

    public Contract Index { get; }

    public Contract Vix { get; }

    /// <summary>The options subscribed, by right and strike (with their conIds).</summary>
    public IReadOnlyDictionary<(OptionRight Right, decimal Strike), Contract> Options => _options;

    /// <summary>The index's quote; null while none came or once the gateway ended its stream (fail closed: no stale values).</summary>
    public LiveQuote? IndexQuote => Usable(_quotes.GetValueOrDefault(KeyOf(Index)));

    /// <summary>VIX's quote; null while none came or once its stream ended.</summary>
    public LiveQuote? VixQuote => Usable(_quotes.GetValueOrDefault(KeyOf(Vix)));

    /// <summary>An option's quote; null while none came or once its stream ended (354, 10197...).</summary>
    public LiveQuote? QuoteOf(int conId) => Usable(_quotes.GetValueOrDefault(conId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Whether the index's stream was ended by the gateway (its failure, for the reason).</summary>
    public string? IndexFailure => _quotes.GetValueOrDefault(KeyOf(Index))?.Failure;

    private static LiveQuote? Usable(LiveQuote? quote) => quote?.Failure is null ? quote : null;

    /// <summary>Subscribes the index and VIX.</summary>
    public async Task SubscribeUnderlyingsAsync(CancellationToken cancellationToken)
    {
        await SubscribeAsync(Index, cancellationToken).ConfigureAwait(false);
        await SubscribeAsync(Vix, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Subscribes the out-of-the-money options of <paramref name="chain"/> within <paramref name="band"/> points of <paramref name="spot"/>, wings included.</summary>
    public async Task SubscribeChainAsync(IReadOnlyCollection<Contract> chain, decimal spot, decimal band, decimal wing, int maxPerSide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var puts = chain.Where(c => c.Right is "P" && c.Strike <= spot && c.Strike >= spot - band - wing)
            .OrderByDescending(c => c.Strike).Take(maxPerSide);
        var calls = chain.Where(c => c.Right is "C" && c.Strike >= spot && c.Strike <= spot + band + wing)
            .OrderBy(c => c.Strike).Take(maxPerSide);
        foreach (var option in puts.Concat(calls))
        {
            var key = (option.Right == "P" ? OptionRight.Put : OptionRight.Call, option.Strike);
            if (_options.TryAdd(key, option))
            {
                await SubscribeAsync(option, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The subscribed options as the strategy rules see them (null bid/ask/delta where unknown).</summary>
    public IReadOnlyCollection<OptionQuote> OptionQuotes() =>
        [.. _options.Select(o => ToOptionQuote(o.Key.Right, o.Key.Strike, QuoteOf(o.Value.ConId)?.Quote))];

    /// <summary>The four legs' current quotes for the condor's strikes; null when a leg is not subscribed.</summary>
    public IronCondor? Current(IronCondor strikes)
    {
        ArgumentNullException.ThrowIfNull(strikes);
        OptionQuote? Leg(OptionQuote leg) =>
            _options.TryGetValue((leg.Right, leg.Strike), out var c) ? ToOptionQuote(leg.Right, leg.Strike, QuoteOf(c.ConId)?.Quote) : null;
        return (Leg(strikes.LongPut), Leg(strikes.ShortPut), Leg(strikes.ShortCall), Leg(strikes.LongCall)) is ({ } lp, { } sp, { } sc, { } lc)
            ? new IronCondor(lp, sp, sc, lc)
            : null;
    }

    public int ConIdOf(OptionQuote leg) => _options.TryGetValue((leg.Right, leg.Strike), out var c) ? c.ConId : 0;

    /// <summary>Subscription failures so far (e.g. 354 not subscribed), one line each.</summary>
    public IReadOnlyList<string> Failures() => [.. _quotes.Values.Where(q => q.Failure is not null).Select(q => q.Failure!)];

    public async ValueTask DisposeAsync()
    {
        foreach (var (subscription, pump) in _subscriptions)
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            try
            {
                await pump.ConfigureAwait(false);
            }
#pragma warning disable CA1031 // a pump's end is recorded as its failure already
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        _subscriptions.Clear();
    }

    private static OptionQuote ToOptionQuote(OptionRight right, decimal strike, MarketQuote? quote) =>
        new(right, strike, quote?.Bid, quote?.Ask, quote?.Greeks?.Delta);

    private async Task SubscribeAsync(Contract contract, CancellationToken cancellationToken)
    {
        var subscription = await _broker.SubscribeMarketDataAsync(contract, string.Empty, snapshot: false, cancellationToken).ConfigureAwait(false);
        _quotes[KeyOf(contract)] = new LiveQuote(MarketQuote.Empty(subscription.Id, DateTimeOffset.MinValue), null, null);
        _subscriptions.Add((subscription, PumpAsync(contract, subscription)));
    }

    private async Task PumpAsync(Contract contract, TwsSubscription<MarketDataEvent> subscription)
    {
        try
        {
            await foreach (var tick in subscription.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var current = _quotes[KeyOf(contract)];
                var close = tick.Message is TickPriceMessage { TickType: CloseTick or DelayedCloseTick, Price: > 0 } p ? p.Price : current.Close;
                _quotes[KeyOf(contract)] = current with { Quote = MarketQuoteFold.Apply(current.Quote, tick.Message, tick.ReceivedAt), Close = close };
            }
        }
#pragma warning disable CA1031 // the gateway failing a subscription (354, 10197...) is data for the decision, not a crash
        catch (Exception e)
#pragma warning restore CA1031
        {
            _quotes[KeyOf(contract)] = _quotes[KeyOf(contract)] with { Failure = $"{Describe(contract)}: {e.Message}" };
        }
    }

    /// <summary>A subscription's key: the conId, or for a contract resolved by description only (VIX at some gateways) its symbol.</summary>
    private static string KeyOf(Contract c) =>
        c.ConId > 0 ? c.ConId.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{c.SecType}:{c.Symbol}";

    private static string Describe(Contract c) =>
        c.SecType == "OPT" ? $"{c.Symbol} {c.Strike}{c.Right}" : c.Symbol;
}
