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
    private readonly Dictionary<string, (TwsSubscription<MarketDataEvent> Subscription, Task Pump)> _subscriptions = [];
    private readonly Dictionary<(OptionRight Right, decimal Strike), Contract> _options = [];
    private ChainBand? _band;
    private decimal _center;

    private readonly TimeProvider _time;
    private readonly Dictionary<string, DateTimeOffset> _subscribedAt = [];

    public ChainBook(IBrokerGateway broker, IndexOptionContract contract, Contract index, Contract vix, TimeProvider time)
    {
        _broker = broker;
        _time = time;
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
        _band = new ChainBand([.. chain], spot > 0 ? band / spot : 0m, wing, maxPerSide);
        await RecenterAsync(spot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves the subscribed band to <paramref name="spot"/>: the options the band around it needs are subscribed, the
    /// ones it no longer needs are cancelled (the gateway's market-data lines are limited). Warm-up subscribes around
    /// the index's value before the open — the prior close —, so after a gap at the open the entry's strikes and
    /// wings may lie outside the first band; without this the scan would see only part of the chain. Returns how
    /// many options were newly subscribed (their quotes and greeks arrive after the subscription). No-op before
    /// <see cref="SubscribeChainAsync"/> or while spot stays within a quarter of the band of where it was centred.
    /// </summary>
    public async Task<int> RecenterAsync(decimal spot, CancellationToken cancellationToken)
    {
        if (_band is not { } band || spot <= 0)
        {
            return 0;
        }

        var width = spot * band.Fraction;
        if (_center > 0 && Math.Abs(spot - _center) < width / 4)
        {
            // Moves within a quarter of the band keep it: its edges are far from any 15-delta strike and its wings.
            return 0;
        }

        _center = spot;
        var puts = band.Chain.Where(c => c.Right is "P" && c.Strike <= spot && c.Strike >= spot - width - band.Wing)
            .OrderByDescending(c => c.Strike).Take(band.MaxPerSide);
        var calls = band.Chain.Where(c => c.Right is "C" && c.Strike >= spot && c.Strike <= spot + width + band.Wing)
            .OrderBy(c => c.Strike).Take(band.MaxPerSide);
        var wanted = puts.Concat(calls).ToDictionary(c => (c.Right == "P" ? OptionRight.Put : OptionRight.Call, c.Strike));
        foreach (var (key, option) in _options.Where(o => !wanted.ContainsKey(o.Key)).ToList())
        {
            _options.Remove(key);
            await UnsubscribeAsync(option).ConfigureAwait(false);
        }

        var added = 0;
        foreach (var (key, option) in wanted)
        {
            if (_options.TryAdd(key, option))
            {
                await SubscribeAsync(option, cancellationToken).ConfigureAwait(false);
                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// How many subscribed options have not delivered model greeks yet although their subscription is younger than
    /// <paramref name="patience"/>: IB computes greeks asynchronously (0.5–3 s after the first bid/ask), so a scan
    /// over a just-subscribed chain would choose among the options whose greeks happened to arrive first — possibly
    /// not the strike closest to the target. Older lines without greeks are simply not candidates (the rules).
    /// </summary>
    public int AwaitingGreeks(TimeSpan patience)
    {
        var now = _time.GetUtcNow();
        return _options.Values.Count(o =>
            _subscribedAt.TryGetValue(KeyOf(o), out var at) && now - at < patience
            && _quotes.GetValueOrDefault(KeyOf(o)) is { Failure: null } line && line.Quote.Greeks is null);
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
        foreach (var (subscription, pump) in _subscriptions.Values)
        {
            await EndAsync(subscription, pump).ConfigureAwait(false);
        }

        _subscriptions.Clear();
    }

    private async Task UnsubscribeAsync(Contract contract)
    {
        var key = KeyOf(contract);
        if (_subscriptions.Remove(key, out var line))
        {
            await EndAsync(line.Subscription, line.Pump).ConfigureAwait(false);
        }

        _quotes.TryRemove(key, out _);
        _subscribedAt.Remove(key);
    }

    private static async Task EndAsync(TwsSubscription<MarketDataEvent> subscription, Task pump)
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

    private static OptionQuote ToOptionQuote(OptionRight right, decimal strike, MarketQuote? quote) =>
        new(right, strike, quote?.Bid, quote?.Ask, quote?.Greeks?.Delta);

    private async Task SubscribeAsync(Contract contract, CancellationToken cancellationToken)
    {
        var subscription = await _broker.SubscribeMarketDataAsync(contract, string.Empty, snapshot: false, cancellationToken).ConfigureAwait(false);
        _quotes[KeyOf(contract)] = new LiveQuote(MarketQuote.Empty(subscription.Id, DateTimeOffset.MinValue), null, null);
        _subscribedAt[KeyOf(contract)] = _time.GetUtcNow();
        _subscriptions[KeyOf(contract)] = (subscription, PumpAsync(contract, subscription));
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

    /// <summary>The chain and the band's shape, kept from the first subscription so the band can follow spot.</summary>
    private sealed record ChainBand(IReadOnlyList<Contract> Chain, decimal Fraction, decimal Wing, int MaxPerSide);
}
