using Condor.Engine.Market;

namespace Condor.Engine.Simulation;

/// <summary>
/// The simulated brokerage account: cash, option positions by leg, and margin that responds to them. Marks and
/// underlying prices come in as functions (the chain model at the current virtual time). Thread-safe.
/// </summary>
internal sealed class SimulatedAccount
{
    private readonly object _gate = new();
    private readonly AccountOptions _options;
    private readonly Dictionary<OptionKey, PositionLine> _positions = [];
    private decimal _cash;

    public SimulatedAccount(AccountOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _cash = options.StartingCash;
    }

    public IReadOnlyList<PositionLine> Positions
    {
        get
        {
            lock (_gate)
            {
                return [.. _positions.Values.OrderBy(p => p.Contract.Strike).ThenBy(p => p.Contract.Right)];
            }
        }
    }

    /// <summary>Books a combo fill: each leg at its execution price, plus commission per contract per leg.</summary>
    public void ApplyComboFill(Underlying underlying, DateOnly expiry, IReadOnlyList<ComboLeg> legs, TradeSide side, int quantity, IReadOnlyList<decimal> legPrices)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(legPrices);
        lock (_gate)
        {
            // On a copy: a leg whose position would overflow leaves the account as it was (all legs or none).
            var after = new Dictionary<OptionKey, PositionLine>(_positions);
            var cash = Apply(after, underlying, expiry, legs, side, quantity, legPrices);
            _positions.Clear();
            foreach (var (key, line) in after)
            {
                _positions[key] = line;
            }

            _cash += cash;
        }
    }

    /// <summary>
    /// The largest |position| any leg would have if the combo filled now, computed in 64 bits (never wraps), so the
    /// gateway can refuse an order that would pass its position limit.
    /// </summary>
    public long LargestPositionAfter(Underlying underlying, DateOnly expiry, IReadOnlyList<ComboLeg> legs, TradeSide side, int quantity)
    {
        ArgumentNullException.ThrowIfNull(legs);
        lock (_gate)
        {
            return legs.Count == 0 ? 0 : legs.Max(leg =>
            {
                var key = new OptionKey(underlying, expiry, leg.Strike, leg.Right);
                long current = _positions.TryGetValue(key, out var line) ? line.Quantity : 0;
                return Math.Abs(current + (LegSign(leg, side) * (long)leg.Ratio * quantity));
            });
        }
    }

    public AccountSnapshot Snapshot(Func<OptionKey, decimal> mark, Func<OptionKey, decimal> underlyingPrice)
    {
        ArgumentNullException.ThrowIfNull(mark);
        lock (_gate)
        {
            var netLiq = _cash + MarketValue(_positions.Values, mark);
            var margin = MarginCalculator.Requirement(_positions.Values, underlyingPrice, _options);
            return new AccountSnapshot(_cash, netLiq, margin, margin, netLiq - margin, netLiq - margin, Positions);
        }
    }

    /// <summary>What the account would look like after the combo fill, without booking it.</summary>
    public WhatIfResult WhatIf(
        Underlying underlying,
        DateOnly expiry,
        IReadOnlyList<ComboLeg> legs,
        TradeSide side,
        int quantity,
        IReadOnlyList<decimal> legPrices,
        Func<OptionKey, decimal> mark,
        Func<OptionKey, decimal> underlyingPrice)
    {
        ArgumentNullException.ThrowIfNull(mark);
        lock (_gate)
        {
            var after = new Dictionary<OptionKey, PositionLine>(_positions);
            var cashAfter = _cash + Apply(after, underlying, expiry, legs, side, quantity, legPrices);
            var commission = Commission(legs, quantity);
            var before = MarginCalculator.Requirement(_positions.Values, underlyingPrice, _options);
            var afterMargin = MarginCalculator.Requirement(after.Values, underlyingPrice, _options);
            var equityBefore = _cash + MarketValue(_positions.Values, mark);
            var equityAfter = cashAfter + MarketValue(after.Values, mark);
            return new WhatIfResult(before, afterMargin, before, afterMargin, equityBefore, equityAfter, commission);
        }
    }

    /// <summary>Settles every position expiring on <paramref name="expiry"/> at its settlement value; returns what was settled.</summary>
    public IReadOnlyList<(PositionLine Position, decimal Value)> Settle(DateOnly expiry, Func<OptionKey, decimal> settlementValue)
    {
        ArgumentNullException.ThrowIfNull(settlementValue);
        lock (_gate)
        {
            var settled = new List<(PositionLine, decimal)>();
            foreach (var line in _positions.Values.Where(p => p.Contract.Expiry == expiry).ToList())
            {
                var value = settlementValue(line.Contract);
                _cash += line.Quantity * value * _options.Multiplier;
                _positions.Remove(line.Contract);
                settled.Add((line, value));
            }

            return settled;
        }
    }

    /// <summary>
    /// Closes every position at the given prices with no order of the client's, like the broker's auto-liquidation;
    /// returns the closed lines. Commission is charged per contract.
    /// </summary>
    public IReadOnlyList<PositionLine> LiquidateAll(Func<OptionKey, decimal> price)
    {
        ArgumentNullException.ThrowIfNull(price);
        lock (_gate)
        {
            var closed = _positions.Values.ToList();
            foreach (var line in closed)
            {
                _cash += (line.Quantity * price(line.Contract) * _options.Multiplier) - (Math.Abs(line.Quantity) * _options.CommissionPerContract);
            }

            _positions.Clear();
            return closed;
        }
    }

    private decimal Apply(
        Dictionary<OptionKey, PositionLine> positions,
        Underlying underlying,
        DateOnly expiry,
        IReadOnlyList<ComboLeg> legs,
        TradeSide side,
        int quantity,
        IReadOnlyList<decimal> legPrices)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (legs.Count != legPrices.Count)
        {
            throw new ArgumentException("One price per leg is needed.", nameof(legPrices));
        }

        var cash = -Commission(legs, quantity);
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            // Checked: a position that cannot be represented fails loudly instead of wrapping around.
            var change = checked(LegSign(leg, side) * leg.Ratio * quantity);
            var key = new OptionKey(underlying, expiry, leg.Strike, leg.Right);
            cash -= change * legPrices[i] * _options.Multiplier;
            positions[key] = Combine(positions.GetValueOrDefault(key), key, change, legPrices[i]);
            if (positions[key].Quantity == 0)
            {
                positions.Remove(key);
            }
        }

        return cash;
    }

    /// <summary>New average price: unchanged when reducing, quantity-weighted when adding, the fill price when flipping.</summary>
    private static PositionLine Combine(PositionLine? existing, OptionKey key, int change, decimal price)
    {
        if (existing is null || existing.Quantity == 0)
        {
            return new PositionLine(key, change, price);
        }

        var quantity = checked(existing.Quantity + change);
        if (Math.Sign(existing.Quantity) == Math.Sign(change))
        {
            var average = ((existing.Quantity * existing.AveragePrice) + (change * price)) / quantity;
            return existing with { Quantity = quantity, AveragePrice = average };
        }

        return Math.Sign(quantity) == Math.Sign(existing.Quantity) || quantity == 0
            ? existing with { Quantity = quantity }
            : new PositionLine(key, quantity, price);
    }

    private static int LegSign(ComboLeg leg, TradeSide side) =>
        (leg.Side == TradeSide.Buy ? 1 : -1) * (side == TradeSide.Buy ? 1 : -1);

    private decimal Commission(IReadOnlyList<ComboLeg> legs, int quantity) =>
        legs.Sum(l => (decimal)l.Ratio) * quantity * _options.CommissionPerContract;

    private decimal MarketValue(IEnumerable<PositionLine> lines, Func<OptionKey, decimal> mark) =>
        lines.Sum(l => l.Quantity * mark(l.Contract) * _options.Multiplier);
}
