namespace Condor.Engine.Market;

/// <summary>
/// The minimum price increment of an instrument: one tick everywhere, or a smaller tick below a threshold
/// and a larger one from it (SPX options: 0.05 below 3.00, 0.10 from 3.00). Prices are non-negative
/// (credits and debits are positive; the side is carried separately).
/// </summary>
internal sealed record TickRule
{
    private TickRule(decimal tickBelow, decimal threshold, decimal tickFrom)
    {
        TickBelow = tickBelow;
        Threshold = threshold;
        TickFrom = tickFrom;
    }

    /// <summary>The tick below <see cref="Threshold"/>.</summary>
    public decimal TickBelow { get; }

    /// <summary>The price from which <see cref="TickFrom"/> applies (0 for a single-tick rule).</summary>
    public decimal Threshold { get; }

    /// <summary>The tick at and above <see cref="Threshold"/>.</summary>
    public decimal TickFrom { get; }

    public static TickRule Flat(decimal tick)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tick);
        return new TickRule(tick, 0m, tick);
    }

    /// <summary>A two-tier rule; the threshold must itself be a valid price under both ticks.</summary>
    public static TickRule Tiered(decimal tickBelow, decimal threshold, decimal tickFrom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tickBelow);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tickFrom);
        if (threshold % tickBelow != 0 || threshold % tickFrom != 0)
        {
            throw new ArgumentException($"Threshold {threshold} must be a multiple of both ticks.", nameof(threshold));
        }

        return new TickRule(tickBelow, threshold, tickFrom);
    }

    /// <summary>The tick that applies at <paramref name="price"/>.</summary>
    public decimal TickAt(decimal price) => price >= Threshold ? TickFrom : TickBelow;

    public bool IsValid(decimal price) => price >= 0 && price % TickAt(price) == 0;

    /// <summary>The nearest valid price in <paramref name="direction"/> (the price itself when valid).</summary>
    public TickedPrice Round(decimal price, RoundingDirection direction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(price);
        decimal value;
        if (direction == RoundingDirection.Down)
        {
            var tick = TickAt(price);
            value = Math.Floor(price / tick) * tick;
        }
        else
        {
            // Above the threshold round up on the large tick; at or below it the small-tick grid reaches the threshold.
            var tick = price > Threshold ? TickFrom : TickBelow;
            value = Math.Ceiling(price / tick) * tick;
        }

        return new TickedPrice(value, this);
    }

    public TickedPrice RoundDown(decimal price) => Round(price, RoundingDirection.Down);

    public TickedPrice RoundUp(decimal price) => Round(price, RoundingDirection.Up);

    public override string ToString() =>
        TickBelow == TickFrom ? $"{TickBelow}" : $"{TickBelow} below {Threshold}, {TickFrom} from {Threshold}";
}
