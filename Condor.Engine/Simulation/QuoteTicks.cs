namespace Condor.Engine.Simulation;

/// <summary>
/// A two-level minimum-tick rule (e.g. SPX options: 0.05 below 3.00, 0.10 from 3.00). Passed in by the caller so the
/// simulator follows whatever the Market module's tick rules say.
/// </summary>
internal readonly record struct QuoteTicks
{
    public QuoteTicks(decimal below, decimal threshold, decimal atOrAbove)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(below);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(atOrAbove);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        Below = below;
        Threshold = threshold;
        AtOrAbove = atOrAbove;
    }

    public decimal Below { get; }

    public decimal Threshold { get; }

    public decimal AtOrAbove { get; }

    /// <summary>A single tick everywhere (e.g. combos in 0.05 steps).</summary>
    public static QuoteTicks Uniform(decimal tick) => new(tick, 0, tick);

    public decimal TickAt(decimal price) => Math.Abs(price) < Threshold ? Below : AtOrAbove;

    public decimal RoundDown(decimal price)
    {
        var tick = TickAt(price);
        return Math.Floor(price / tick) * tick;
    }

    public decimal RoundUp(decimal price)
    {
        var tick = TickAt(price);
        var up = Math.Ceiling(price / tick) * tick;
        var upTick = TickAt(up);
        return upTick == tick ? up : Math.Ceiling(price / upTick) * upTick;
    }

    public bool IsOnTick(decimal price) => price % TickAt(price) == 0;
}
