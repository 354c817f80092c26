using Condor.Engine.Market;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>
/// One reqMktData line: an index (last, close), an option (bid/ask/last with sizes, model and bid/ask option
/// computations) or a BAG (combo bid/ask). Sends a tick only when its value changed since the last one sent.
/// Faults: NaN bid/ask goes out as IB's unset price (the codec has no NaN decimal; clients read it as no value);
/// missing bid/ask sends no bid/ask ticks; withheld greeks send no option computation.
/// </summary>
internal sealed class MarketDataSubscription
{
    private readonly Dictionary<int, (decimal? Price, decimal Size)> _prices = [];
    private readonly Dictionary<int, (double, double, double, double, double)> _computations = [];
    private readonly SimulatedMarket _market;

    private MarketDataSubscription(int tickerId, SimulatedMarket market)
    {
        TickerId = tickerId;
        _market = market;
    }

    public int TickerId { get; }

    private Underlying? Index { get; init; }

    private bool IsVix { get; init; }

    private OptionKey? Option { get; init; }

    private (Underlying Underlying, DateOnly Expiry, IReadOnlyList<ComboLeg> Legs)? Combo { get; init; }

    public static MarketDataSubscription ForIndex(int tickerId, SimulatedMarket market, Underlying? underlying) =>
        new(tickerId, market) { Index = underlying, IsVix = underlying is null };

    public static MarketDataSubscription ForOption(int tickerId, SimulatedMarket market, OptionKey key) =>
        new(tickerId, market) { Option = key };

    public static MarketDataSubscription ForCombo(int tickerId, SimulatedMarket market, Underlying underlying, DateOnly expiry, IReadOnlyList<ComboLeg> legs) =>
        new(tickerId, market) { Combo = (underlying, expiry, legs) };

    /// <summary>The ticks that changed at <paramref name="now"/>.</summary>
    public IEnumerable<IIncomingMessage> Ticks(DateTimeOffset now)
    {
        var ticks = new List<IIncomingMessage>();
        if (Index is { } u || IsVix)
        {
            var snapshot = _market.Path.At(now);
            var last = IsVix ? snapshot.VixPrice : Index == Underlying.SPX ? snapshot.SpxPrice : snapshot.XspPrice;
            Price(ticks, 4, last, 0);
        }
        else if (Option is { } key)
        {
            OptionTicks(ticks, key, now);
        }
        else if (Combo is { } combo)
        {
            var quote = _market.Combo(combo.Underlying, combo.Expiry, combo.Legs, now);
            if (quote?.Bid is { } bid && quote.Ask is { } ask)
            {
                Price(ticks, 1, bid, 1);
                Price(ticks, 2, ask, 1);
            }
        }

        return ticks;
    }

    private void OptionTicks(List<IIncomingMessage> ticks, OptionKey key, DateTimeOffset now)
    {
        var quote = _market.Chains.Quote(key.Underlying, key.Expiry, key.Strike, key.Right, now, _market.OptionTicks(key.Underlying));
        if (quote is null)
        {
            return;
        }

        if (quote.Condition == QuoteCondition.NotANumber)
        {
            Price(ticks, 1, null, 0);
            Price(ticks, 2, null, 0);
        }
        else if (quote.Condition == QuoteCondition.Normal)
        {
            Price(ticks, 1, quote.Bid, quote.BidSize);
            Price(ticks, 2, quote.Ask, quote.AskSize);
        }

        var quoteChanged = ticks.Count > 0;
        Price(ticks, 4, quote.Last, 1);
        if (quote.Greeks is { } g)
        {
            Computation(ticks, 13, g, g.ModelPrice);
            if (quoteChanged && quote.Bid is { } bid && quote.Ask is { } ask)
            {
                // Like IB, the bid/ask computations follow the bid/ask; the model one follows the model.
                Computation(ticks, 10, g, (double)bid);
                Computation(ticks, 11, g, (double)ask);
            }
        }
    }

    private void Price(List<IIncomingMessage> ticks, int type, decimal? price, decimal size)
    {
        if (_prices.TryGetValue(type, out var previous) && previous == (price, size))
        {
            return;
        }

        _prices[type] = (price, size);
        ticks.Add(new TickPriceMessage(TickerId, type, price, size, new TickAttrib(false, false, false)));
    }

    /// <summary>Theta is rescaled from the model's per-session-day to IB's per-calendar-day convention (× 252 / 365).</summary>
    private void Computation(List<IIncomingMessage> ticks, int type, OptionGreeks g, double price)
    {
        var theta = g.Theta * 252 / 365;
        var values = (g.ImpliedVolatility, g.Delta, price, g.UnderlyingPrice, theta);
        if (_computations.TryGetValue(type, out var previous) && previous == values)
        {
            return;
        }

        _computations[type] = values;
        ticks.Add(new TickOptionComputationMessage(
            TickerId, type, 0, Round(g.ImpliedVolatility), Round(g.Delta), Round(price), 0, Round(g.Gamma), Round(g.Vega), Round(theta), Round(g.UnderlyingPrice)));
    }

    private static double Round(double value) => Math.Round(value, 6);
}
