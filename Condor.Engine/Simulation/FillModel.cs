using Condor.Engine.Market;
namespace Condor.Engine.Simulation;

/// <summary>
/// Whether a combo order fills: a pure function of (seed, order, quote, arrival time, evaluation time).
/// LMT fills at the natural price once the limit reaches it; between the mid and the natural it fills at the limit
/// with a probability per evaluation slot that grows from the mid toward the natural and shrinks for wide quotes
/// (<see cref="FillModelOptions.Probability"/>: at the mid rarely at once, more likely after steps toward the natural);
/// beyond the mid on the wrong side it never fills. A draw is a pure function of (seed, order identity, side, limit,
/// arrival slot, slots since arrival), so a seed replays the same fills.
/// MKT fills at the natural price. STP triggers by its trigger method (<see cref="StopTrigger"/>) and then fills as MKT. Nothing fills before the order's goodAfterTime. Prices off the combo tick grid are rejected with IB's error 110.
/// The scenario's <see cref="SimulationScenario.NeverFill"/> and <see cref="SimulationScenario.FillDelay"/> hold fills back.
/// </summary>
internal sealed class FillModel
{
    public const int InvalidPriceIncrementCode = 110;

    private const ulong FillStream = 20;

    private readonly ulong _seed;
    private readonly FillModelOptions _options;
    private readonly SimulationScenario _scenario;
    private readonly TickRule _comboTicks;

    public FillModel(ulong seed, FillModelOptions options, SimulationScenario scenario, TickRule comboTicks)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scenario);
        options.Validate();
        _seed = seed;
        _options = options;
        _scenario = scenario;
        _comboTicks = comboTicks;
    }

    /// <summary>The tick check IB makes on arrival; null when the prices are acceptable.</summary>
    public FillDecision? CheckPrices(ComboOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Quantity <= 0)
        {
            return FillDecision.Rejected(103, "Order quantity must be positive.");
        }

        if (order.Type == ComboOrderType.Limit && order.LimitPrice is null)
        {
            return FillDecision.Rejected(InvalidPriceIncrementCode, "A limit order needs a limit price.");
        }

        if (order.Type == ComboOrderType.Stop && order.StopPrice is null)
        {
            return FillDecision.Rejected(InvalidPriceIncrementCode, "A stop order needs a stop price.");
        }

        foreach (var price in new[] { order.LimitPrice, order.StopPrice })
        {
            if (price is { } p && !_comboTicks.IsValid(Math.Abs(p)))
            {
                return FillDecision.Rejected(
                    InvalidPriceIncrementCode,
                    $"The price does not conform to the minimum price variation for this contract ({p} is not a multiple of {_comboTicks.TickAt(Math.Abs(p))}).");
            }
        }

        return null;
    }

    public FillDecision Evaluate(ComboOrder order, ComboQuote? quote, DateTimeOffset arrival, DateTimeOffset now) =>
        Evaluate(order, () => quote, arrival, now);

    /// <summary>
    /// <see cref="Evaluate(ComboOrder, ComboQuote?, DateTimeOffset, DateTimeOffset)"/> with the quote asked for only
    /// when the answer depends on it (not before goodAfterTime, not while the scenario holds fills back).
    /// </summary>
    public FillDecision Evaluate(ComboOrder order, Func<ComboQuote?> quoteAtNow, DateTimeOffset arrival, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(quoteAtNow);
        if (CheckPrices(order) is { } rejection)
        {
            return rejection;
        }

        if (order.GoodAfter is { } goodAfter && now < goodAfter)
        {
            return FillDecision.Working("not active before goodAfterTime");
        }

        if (_scenario.NeverFill)
        {
            return FillDecision.Working("scenario: orders never fill");
        }

        if (_scenario.FillDelay is { } delay && now < arrival + delay)
        {
            return FillDecision.Working("scenario: fill delayed");
        }

        var quote = quoteAtNow();
        if (quote?.Bid is not { } bid || quote.Ask is not { } ask)
        {
            return FillDecision.Working("no combo quote");
        }

        var natural = order.Side == TradeSide.Buy ? ask : bid;
        var mid = (bid + ask) / 2;
        switch (order.Type)
        {
            case ComboOrderType.Market:
                return FillDecision.Filled(natural, "market order at the natural price");
            case ComboOrderType.Stop:
                return StopTrigger.Evaluate(order, bid, ask, mid, natural);
            default:
                return EvaluateLimit(order, order.LimitPrice!.Value, natural, mid, arrival, now);
        }
    }

    private FillDecision EvaluateLimit(ComboOrder order, decimal limit, decimal natural, decimal mid, DateTimeOffset arrival, DateTimeOffset now)
    {
        // Aggressiveness: +1 at the natural price, 0 at the mid, negative beyond the mid.
        var direction = order.Side == TradeSide.Buy ? 1 : -1;
        if (direction * (limit - natural) >= 0)
        {
            return FillDecision.Filled(natural, "limit reached the natural price");
        }

        if (direction * (limit - mid) < 0)
        {
            return FillDecision.Working("limit beyond the mid");
        }

        var halfWidth = direction * (natural - mid);
        var towardNatural = halfWidth == 0 ? 1 : (double)(direction * (limit - mid) / halfWidth);
        var widthTicks = (double)(2 * halfWidth / _comboTicks.TickAt(Math.Abs(mid)));
        var probability = _options.Probability(towardNatural, widthTicks);
        var draw = CounterRandom.Uniform(_seed, FillStream, DrawKey(order, limit, arrival, now));
        return draw < probability
            ? FillDecision.Filled(limit, $"filled between mid and natural (draw {draw:F3} < {probability:F3})")
            : FillDecision.Working($"not filled between mid and natural (draw {draw:F3} ≥ {probability:F3})");
    }

    private ulong DrawKey(ComboOrder order, decimal limit, DateTimeOffset arrival, DateTimeOffset now)
    {
        var slot = _options.EvaluationSlot.Ticks;
        var arrivalSlot = (ulong)Math.Floor((double)arrival.UtcTicks / slot);
        var elapsedSlots = (ulong)Math.Max(0, Math.Floor((double)(now - arrival).Ticks / slot));
        var key = CounterRandom.HashString(order.Identity);
        key = CounterRandom.Combine(key, (ulong)order.Side);
        key = CounterRandom.Combine(key, unchecked((ulong)decimal.ToInt64(limit * 10_000)));
        key = CounterRandom.Combine(key, arrivalSlot);
        return CounterRandom.Combine(key, elapsedSlots);
    }
}
