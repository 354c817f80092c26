using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Engine.Simulation;

/// <summary>
/// The 0DTE SPXW and XSP chains: a pure function of the path (seed, time), the options and the scenario. Strikes
/// are fixed per session around the opening spot (SPX every 5 points, XSP every 1). Options expire at 16:00 ET and
/// settle against SPX's value then (XSP against SPX / 10). The trading calendar comes in as a function so the
/// Market module's calendar plugs in without this type depending on it.
/// </summary>
internal sealed class OptionChainModel
{
    private const ulong SizeStream = 10;

    private readonly MarketPath _path;
    private readonly ChainOptions _options;
    private readonly SimulationScenario _scenario;
    private readonly Func<DateOnly, bool> _isTradingDay;
    private readonly DateOnly? _today;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Underlying, DateOnly), decimal[]> _strikes = new();

    // The quotes of the instant last asked for: the gateway asks for the same option at the same instant from the
    // streamed line, the working orders' combos and position marks; the quote is a pure function, so it is computed once.
    private readonly Dictionary<(Underlying, DateOnly, decimal, OptionRight), (TickRule Ticks, OptionQuote Quote)> _memo = [];
    private readonly object _memoGate = new();
    private DateTimeOffset _memoTime;
    private volatile SessionTimes? _sessionTimes;

    /// <param name="today">The session <see cref="SimulationScenario.NoExpiryToday"/> refers to (the simulator's first session).</param>
    public OptionChainModel(MarketPath path, ChainOptions options, SimulationScenario scenario, Func<DateOnly, bool> isTradingDay, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(isTradingDay);
        options.Validate();
        _path = path;
        _options = options;
        _scenario = scenario;
        _isTradingDay = isTradingDay;
        _today = today;
    }

    public MarketPath Path => _path;

    public ChainOptions Options => _options;

    public static decimal StrikeStep(Underlying underlying) => underlying == Underlying.SPX ? 5m : 1m;

    /// <summary>16:00 ET on the session date.</summary>
    public static DateTimeOffset ExpiryTime(DateOnly session) => EasternTime.At(session, EasternTime.Close);

    /// <summary>Whether a 0DTE expiry is listed for the session (a trading day the scenario does not strip).</summary>
    public bool HasExpiry(DateOnly session) => _isTradingDay(session) && !_scenario.RemovesExpiry(session, _today);

    /// <summary>Volatility-years to the 16:00 ET expiry (on the 252-session clock); ≤ 0 once expired.</summary>
    public static double YearsToExpiry(DateOnly session, DateTimeOffset time) =>
        (ExpiryTime(session) - time).TotalSeconds / MarketInstant.SecondsPerYear;

    public double UnderlyingPrice(Underlying underlying, DateTimeOffset time) =>
        underlying == Underlying.SPX ? _path.Spx(time) : _path.Spx(time) / 10;

    /// <summary>The session's listed strikes: the opening spot ± <see cref="ChainOptions.StrikeRange"/>, ascending.</summary>
    public IReadOnlyList<decimal> Strikes(Underlying underlying, DateOnly session) =>
        _strikes.GetOrAdd((underlying, session), key => ListStrikes(key.Item1, key.Item2));

    public bool IsListed(Underlying underlying, DateOnly session, decimal strike) =>
        Array.BinarySearch(_strikes.GetOrAdd((underlying, session), key => ListStrikes(key.Item1, key.Item2)), strike) >= 0;

    /// <summary>The whole chain at an instant, puts and calls by ascending strike.</summary>
    public OptionChain Chain(Underlying underlying, DateOnly session, DateTimeOffset time, TickRule ticks)
    {
        var snapshot = _path.At(time);
        var spot = underlying == Underlying.SPX ? snapshot.Spx : snapshot.Xsp;
        var listed = HasExpiry(session);
        var expired = YearsToExpiry(session, time) <= 0;
        var quotes = new List<OptionQuote>();
        if (listed && !expired)
        {
            foreach (var strike in Strikes(underlying, session))
            {
                quotes.Add(Price(underlying, session, strike, OptionRight.Put, snapshot, ticks));
                quotes.Add(Price(underlying, session, strike, OptionRight.Call, snapshot, ticks));
            }
        }

        return new OptionChain(underlying, session, time, spot, snapshot.Vix, listed, expired, quotes);
    }

    /// <summary>One option's quote; null when the session lists no expiry, the strike is not listed, or it has expired.</summary>
    public OptionQuote? Quote(Underlying underlying, DateOnly session, decimal strike, OptionRight right, DateTimeOffset time, TickRule ticks)
    {
        if (Years(session, time) <= 0 || !IsListed(underlying, session, strike))
        {
            return null;
        }

        var key = (underlying, session, strike, right);
        lock (_memoGate)
        {
            if (_memoTime != time)
            {
                _memo.Clear();
                _memoTime = time;
            }
            else if (_memo.TryGetValue(key, out var known) && ReferenceEquals(known.Ticks, ticks))
            {
                return known.Quote;
            }
        }

        var quote = Price(underlying, session, strike, right, _path.At(time), ticks);
        lock (_memoGate)
        {
            if (_memoTime == time)
            {
                _memo[key] = (ticks, quote);
            }
        }

        return quote;
    }

    /// <summary>A combo's quote from its legs; null when a leg is not quoted.</summary>
    public ComboQuote? QuoteCombo(Underlying underlying, DateOnly session, IReadOnlyList<ComboLeg> legs, DateTimeOffset time, TickRule ticks)
    {
        ArgumentNullException.ThrowIfNull(legs);
        decimal? bid = 0, ask = 0;
        var model = 0.0;
        var quotes = new List<OptionQuote>(legs.Count);
        foreach (var leg in legs)
        {
            if (Quote(underlying, session, leg.Strike, leg.Right, time, ticks) is not { } quote)
            {
                return null;
            }

            quotes.Add(quote);
            var sign = leg.Side == TradeSide.Buy ? 1 : -1;
            bid += leg.Ratio * (leg.Side == TradeSide.Buy ? quote.Bid : -quote.Ask);
            ask += leg.Ratio * (leg.Side == TradeSide.Buy ? quote.Ask : -quote.Bid);
            model += sign * leg.Ratio * (quote.Greeks?.ModelPrice ?? ModelPrice(underlying, session, quote.Strike, quote.Right, time));
        }

        return new ComboQuote(time, bid, ask, model, quotes);
    }

    /// <summary>The settlement value per share at the 16:00 ET close: intrinsic value against SPX (XSP = SPX / 10).</summary>
    public decimal SettlementValue(Underlying underlying, DateOnly session, decimal strike, OptionRight right)
    {
        var close = (decimal)UnderlyingPrice(underlying, ExpiryTime(session));
        close = Math.Round(close, 2, MidpointRounding.AwayFromZero);
        return right == OptionRight.Call ? Math.Max(0, close - strike) : Math.Max(0, strike - close);
    }

    /// <summary>
    /// A position mark: the mid, else the model price (e.g. under a NaN-quote fault), and the settlement value once
    /// expired; an unlisted strike is marked at its model price too.
    /// </summary>
    public decimal Mark(OptionKey contract, DateTimeOffset time, TickRule ticks)
    {
        if (YearsToExpiry(contract.Expiry, time) <= 0)
        {
            return SettlementValue(contract.Underlying, contract.Expiry, contract.Strike, contract.Right);
        }

        var quote = Quote(contract.Underlying, contract.Expiry, contract.Strike, contract.Right, time, ticks);
        return quote?.Mid ?? (decimal)Math.Round(ModelPrice(contract.Underlying, contract.Expiry, contract.Strike, contract.Right, time), 4);
    }

    /// <summary><see cref="YearsToExpiry"/> with the session's expiry instant remembered (a time-zone conversion less per quote).</summary>
    private double Years(DateOnly session, DateTimeOffset time) =>
        (Times(session).Expiry - time).TotalSeconds / MarketInstant.SecondsPerYear;

    private SessionTimes Times(DateOnly session)
    {
        if (_sessionTimes is { } known && known.Session == session)
        {
            return known;
        }

        var times = new SessionTimes(session, EasternTime.At(session, EasternTime.Open), ExpiryTime(session));
        _sessionTimes = times;
        return times;
    }

    private decimal[] ListStrikes(Underlying underlying, DateOnly session)
    {
        if (!HasExpiry(session))
        {
            return [];
        }

        var spot = UnderlyingPrice(underlying, EasternTime.At(session, EasternTime.Open));
        var step = StrikeStep(underlying);
        var low = Math.Ceiling((decimal)(spot * (1 - _options.StrikeRange)) / step) * step;
        var high = Math.Floor((decimal)(spot * (1 + _options.StrikeRange)) / step) * step;
        var strikes = new List<decimal>();
        for (var strike = low; strike <= high; strike += step)
        {
            strikes.Add(strike);
        }

        return [.. strikes];
    }

    private double ModelPrice(Underlying underlying, DateOnly session, decimal strike, OptionRight right, DateTimeOffset time) =>
        Value(underlying, session, strike, right, _path.At(time)).Valuation.Price;

    private (OptionValuation Valuation, double Volatility, double Moneyness, double Spot) Value(
        Underlying underlying, DateOnly session, decimal strike, OptionRight right, MarketSnapshot snapshot)
    {
        var spot = underlying == Underlying.SPX ? snapshot.Spx : snapshot.Xsp;
        var years = Math.Max(Years(session, snapshot.Time), 1 / MarketInstant.SecondsPerYear);
        var forward = spot * Math.Exp((_options.Rate - _options.DividendYield) * years);
        var atm = VolatilitySmile.AtmVolatility(snapshot.Vix, _options);
        var z = VolatilitySmile.Moneyness((double)strike, forward, atm, years);
        var volatility = VolatilitySmile.ImpliedVolatility(z, atm, _options);
        var valuation = BlackScholes.Value(right, spot, (double)strike, years, volatility, _options.Rate, _options.DividendYield);
        return (valuation, volatility, z, spot);
    }

    private OptionQuote Price(Underlying underlying, DateOnly session, decimal strike, OptionRight right, MarketSnapshot snapshot, TickRule ticks)
    {
        var (valuation, volatility, z, spot) = Value(underlying, session, strike, right, snapshot);
        var sinceOpen = snapshot.Time - Times(session).Open;
        var (bid, ask) = QuoteSpread.Around(valuation.Price, z, sinceOpen, _options, ticks);
        var greeks = new OptionGreeks(volatility, valuation.Delta, valuation.Gamma, valuation.Vega, valuation.Theta, valuation.Price, spot);
        var model = (decimal)Math.Round(valuation.Price, 6);
        var lastTick = ticks.TickAt(model);
        var last = Math.Max(ticks.TickBelow, Math.Round(model / lastTick, MidpointRounding.AwayFromZero) * lastTick);

        var (bidSize, askSize) = Sizes(underlying, strike, right, snapshot.Time);
        var condition = QuoteCondition.Normal;
        decimal? shownBid = bid, shownAsk = ask;
        var faults = _scenario.QuoteFaults.Count > 0;
        if (faults && _scenario.FaultFor(underlying, strike, right, QuoteFaultKind.NaNBidAsk, QuoteFaultKind.MissingBidAsk) is { } fault)
        {
            condition = fault.Kind == QuoteFaultKind.NaNBidAsk ? QuoteCondition.NotANumber : QuoteCondition.Missing;
            (shownBid, shownAsk, bidSize, askSize) = (null, null, 0, 0);
        }

        var withheld = faults && _scenario.FaultFor(underlying, strike, right, QuoteFaultKind.NoGreeks) is not null;
        return new OptionQuote(underlying, session, strike, right, shownBid, shownAsk, bidSize, askSize, last, condition, withheld ? null : greeks);
    }

    private (int Bid, int Ask) Sizes(Underlying underlying, decimal strike, OptionRight right, DateTimeOffset time)
    {
        var key = CounterRandom.Combine(CounterRandom.Combine((ulong)underlying, (ulong)(strike * 100)), (ulong)right);
        var second = (ulong)MarketInstant.From(time).Index;
        var seed = _path.Options.Seed;
        var max = (ulong)_options.MaxSize;
        var bid = 1 + (int)(CounterRandom.Hash(seed, CounterRandom.Combine(SizeStream, key), second * 2) % max);
        var ask = 1 + (int)(CounterRandom.Hash(seed, CounterRandom.Combine(SizeStream, key), (second * 2) + 1) % max);
        return (bid, ask);
    }

    private sealed record SessionTimes(DateOnly Session, DateTimeOffset Open, DateTimeOffset Expiry);
}
