using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// One reqMktData line: an index (last, plus the prior close as tick 9 once), an option (bid/ask/last, model and
/// bid/ask option computations) or a BAG (combo bid/ask). Sends a tick only when its value changed since the last one
/// sent; sizes go out as IB does at server version 177 — inside the price tick and again as a separate tickSize
/// (0/3/5), and a size change alone is a tickSize only. Delayed data (reqMarketDataType 3 or 4) uses IB's delayed tick
/// types (66/67/68 prices, 69/70/71 sizes, 75 close, 80/81/83 computations). Model greeks start a seeded
/// <see cref="GreeksDelay"/> after the subscription's first quote (at the first streaming tick at or after it, ticks
/// being once per virtual second; a snapshot carries them at once, as IB's snapshot waits for them), optionally led by
/// one computation of IB's "not computed" values (scenario <see cref="SimulationScenario.GreeksNotComputedFirst"/>).
/// Faults: NaN bid/ask goes out as IB's unset price; missing bid/ask sends no bid/ask ticks; withheld greeks send no
/// option computation.
/// </summary>
internal sealed class MarketDataSubscription
{
    private const ulong GreeksStream = 31;

    // Last value sent per live tick type (prices 1 bid, 2 ask, 4 last, 9 close; computations 10, 11, 13).
    private readonly (bool Sent, decimal? Price, decimal Size)[] _prices = new (bool, decimal?, decimal)[10];
    private readonly (bool Sent, double, double, double, double, double)[] _computations = new (bool, double, double, double, double, double)[14];
    private readonly TickAttrib _noAttributes = new(false, false, false);
    private readonly SimulatedMarket _market;
    private DateTimeOffset? _greeksDueAt;
    private bool _notComputedSent;

    private MarketDataSubscription(int tickerId, SimulatedMarket market)
    {
        TickerId = tickerId;
        _market = market;
    }

    public int TickerId { get; }

    /// <summary>Delayed tick types (reqMarketDataType 3/4).</summary>
    public bool Delayed { get; set; }

    /// <summary>A snapshot: greeks at once (IB's snapshot waits for them).</summary>
    public bool Snapshot { get; set; }

    /// <summary>The index's prior session close, sent once as tick 9 (75 delayed).</summary>
    public decimal? PriorClose { get; set; }

    private Underlying? Index { get; init; }

    /// <summary>The index of an index line (null for VIX and other lines).</summary>
    public Underlying? IndexUnderlying => Index;

    public bool IsVix { get; private init; }

    public bool IsCombo => Combo is not null;

    private OptionKey? Option { get; init; }

    private (Underlying Underlying, DateOnly Expiry, IReadOnlyList<ComboLeg> Legs)? Combo { get; init; }

    public static MarketDataSubscription ForIndex(int tickerId, SimulatedMarket market, Underlying? underlying) =>
        new(tickerId, market) { Index = underlying, IsVix = underlying is null };

    public static MarketDataSubscription ForOption(int tickerId, SimulatedMarket market, OptionKey key) =>
        new(tickerId, market) { Option = key };

    public static MarketDataSubscription ForCombo(int tickerId, SimulatedMarket market, Underlying underlying, DateOnly expiry, IReadOnlyList<ComboLeg> legs) =>
        new(tickerId, market) { Combo = (underlying, expiry, legs) };

    /// <summary>
    /// Until when this line's values cannot change, as of its last tick: an index or VIX line outside the session is
    /// frozen until the next midnight or 09:30 ET (the market timeline moves only in the session; its day changes at
    /// midnight), an option or combo that is not quoted (expired, not listed) for ever; otherwise the last tick's instant.
    /// </summary>
    public DateTimeOffset QuietUntil { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>The option line's key, if it is one (for per-strike faults).</summary>
    public OptionKey? OptionKey => Option;

    /// <summary>The seeded wait between the first bid/ask and the first model greeks: 0.5 to 3 s, per strike and subscription second.</summary>
    public static TimeSpan GreeksDelay(ulong seed, OptionKey key, DateTimeOffset subscribed)
    {
        var index = CounterRandom.Combine(CounterRandom.HashString(key.Underlying.ToString()), unchecked((ulong)decimal.ToInt64(key.Strike * 100)));
        index = CounterRandom.Combine(index, (ulong)key.Right);
        index = CounterRandom.Combine(index, (ulong)key.Expiry.DayNumber);
        index = CounterRandom.Combine(index, (ulong)subscribed.ToUnixTimeSeconds());
        return TimeSpan.FromMilliseconds(500 + (2500 * CounterRandom.Uniform(seed, GreeksStream, index)));
    }

    /// <summary>The ticks that changed at <paramref name="now"/>.</summary>
    public IReadOnlyList<IIncomingMessage> Ticks(DateTimeOffset now)
    {
        var ticks = new List<IIncomingMessage>();
        Ticks(now, ticks);
        return ticks;
    }

    /// <summary>Appends the ticks that changed at <paramref name="now"/> to <paramref name="ticks"/>.</summary>
    public void Ticks(DateTimeOffset now, List<IIncomingMessage> ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        if (Index is not null || IsVix)
        {
            var snapshot = _market.Path.At(now);
            var last = IsVix ? snapshot.VixPrice : Index == Underlying.SPX ? snapshot.SpxPrice : snapshot.XspPrice;
            QuietUntil = IndexFrozenUntil(now);
            Price(ticks, 4, last, 0);
            if (PriorClose is { } close)
            {
                Price(ticks, 9, close, 0);
            }
        }
        else if (Option is { } key)
        {
            OptionTicks(ticks, key, now);
        }
        else if (Combo is { } combo)
        {
            var quote = _market.Combo(combo.Underlying, combo.Expiry, combo.Legs, now);
            QuietUntil = quote is null ? DateTimeOffset.MaxValue : now;
            if (quote?.Bid is { } bid && quote.Ask is { } ask)
            {
                Price(ticks, 1, bid, 1);
                Price(ticks, 2, ask, 1);
            }
        }
    }

    private void OptionTicks(List<IIncomingMessage> ticks, OptionKey key, DateTimeOffset now)
    {
        var quote = _market.Chains.Quote(key.Underlying, key.Expiry, key.Strike, key.Right, now, _market.OptionTicks(key.Underlying));
        QuietUntil = quote is null ? DateTimeOffset.MaxValue : now;
        if (quote is null)
        {
            return;
        }

        var quoteChanged = false;
        if (quote.Condition == QuoteCondition.NotANumber)
        {
            quoteChanged |= Price(ticks, 1, null, 0);
            quoteChanged |= Price(ticks, 2, null, 0);
        }
        else if (quote.Condition == QuoteCondition.Normal)
        {
            quoteChanged |= Price(ticks, 1, quote.Bid, quote.BidSize);
            quoteChanged |= Price(ticks, 2, quote.Ask, quote.AskSize);
        }

        if (_greeksDueAt is null)
        {
            _greeksDueAt = Snapshot ? now : now + GreeksDelay(_market.Options.Path.Seed, key, now);
        }

        Price(ticks, 4, quote.Last, 1);
        if (quote.Greeks is not { } g || _greeksDueAt is not { } due || now < due)
        {
            return;
        }

        if (_market.Options.Scenario.GreeksNotComputedFirst && !_notComputedSent)
        {
            _notComputedSent = true;
            ticks.Add(new TickOptionComputationMessage(TickerId, Type(13), 0, null, null, null, null, null, null, null, null));
            return;
        }

        Computation(ticks, 13, g, g.ModelPrice);
        if (quoteChanged && quote.Bid is { } bid && quote.Ask is { } ask)
        {
            // Like IB, the bid/ask computations follow the bid/ask; the model one follows the model.
            Computation(ticks, 10, g, (double)bid);
            Computation(ticks, 11, g, (double)ask);
        }
    }

    /// <summary>Sends a changed price (and its size), or the size alone when only it changed; true when a tickPrice went out.</summary>
    private bool Price(List<IIncomingMessage> ticks, int type, decimal? price, decimal size)
    {
        var previous = _prices[type];
        if (previous.Sent && previous.Price == price && previous.Size == size)
        {
            return false;
        }

        _prices[type] = (true, price, size);
        var sizeType = SizeType(type);
        var priced = !previous.Sent || previous.Price != price || sizeType is null;
        if (priced)
        {
            ticks.Add(new TickPriceMessage(TickerId, Type(type), price, size, _noAttributes));
        }

        if (sizeType is { } s)
        {
            ticks.Add(new TickSizeMessage(TickerId, Type(s), size));
        }

        return priced;
    }

    /// <summary>Theta is rescaled from the model's per-session-day to IB's per-calendar-day convention (× 252 / 365).</summary>
    private void Computation(List<IIncomingMessage> ticks, int type, OptionGreeks g, double price)
    {
        var theta = g.Theta * 252 / 365;
        var values = (true, g.ImpliedVolatility, g.Delta, price, g.UnderlyingPrice, theta);
        if (_computations[type] == values)
        {
            return;
        }

        _computations[type] = values;
        ticks.Add(new TickOptionComputationMessage(
            TickerId, Type(type), 0, Round(g.ImpliedVolatility), Round(g.Delta), Round(price), 0, Round(g.Gamma), Round(g.Vega), Round(theta), Round(g.UnderlyingPrice)));
    }

    /// <summary>The size tick of a price tick (bid 0, ask 3, last 5; index lines send no last size).</summary>
    private int? SizeType(int priceType) => priceType switch
    {
        1 => 0,
        2 => 3,
        4 when Option is not null => 5,
        _ => null,
    };

    /// <summary>IB's delayed counterpart of a live tick type.</summary>
    private int Type(int live) => !Delayed ? live : live switch
    {
        1 => 66,
        2 => 67,
        4 => 68,
        0 => 69,
        3 => 70,
        5 => 71,
        9 => 75,
        10 => 80,
        11 => 81,
        12 => 82,
        13 => 83,
        _ => live,
    };

    private static double Round(double value) => Math.Round(value, 6);

    /// <summary>An index's value is fixed outside 09:30–16:00 ET on weekdays until the next midnight or 09:30 ET (see <see cref="MarketInstant"/>).</summary>
    private static DateTimeOffset IndexFrozenUntil(DateTimeOffset now)
    {
        var eastern = EasternTime.ToEastern(now);
        var time = TimeOnly.FromTimeSpan(eastern.TimeOfDay);
        var weekday = eastern.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        if (weekday && time >= EasternTime.Open && time <= EasternTime.Close)
        {
            return now;
        }

        var date = DateOnly.FromDateTime(eastern.DateTime);
        var midnight = EasternTime.At(date.AddDays(1), TimeOnly.MinValue);
        var open = time < EasternTime.Open ? EasternTime.At(date, EasternTime.Open) : EasternTime.At(date.AddDays(1), EasternTime.Open);
        return open < midnight ? open : midnight;
    }
}
