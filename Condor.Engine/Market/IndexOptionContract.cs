using Condor.Engine.Strategy;

namespace Condor.Engine.Market;

/// <summary>
/// How the condor's options are described to IB and priced: SPX with 0DTE trading class SPXW, or XSP.
/// Leg ticks follow Cboe (SPX: 0.05 below 3.00, 0.10 from 3.00; XSP: 0.01). Combo (BAG) net prices: SPX in
/// 0.05 steps; XSP in 0.01 steps (our decision: XSP legs trade in pennies, so a penny net price is valid).
/// </summary>
internal sealed record IndexOptionContract(
    Underlying Underlying,
    string Symbol,
    string TradingClass,
    string Exchange,
    string Currency,
    int Multiplier,
    decimal StrikeSpacing,
    TickRule LegTick,
    TickRule ComboTick)
{
    public static IndexOptionContract Spx { get; } = new(
        Underlying.SPX, "SPX", "SPXW", "CBOE", "USD", 100, 5m, TickRule.Tiered(0.05m, 3.00m, 0.10m), TickRule.Flat(0.05m));

    public static IndexOptionContract Xsp { get; } = new(
        Underlying.XSP, "XSP", "XSP", "CBOE", "USD", 100, 1m, TickRule.Flat(0.01m), TickRule.Flat(0.01m));

    public static IndexOptionContract For(Underlying underlying) => underlying switch
    {
        Underlying.SPX => Spx,
        Underlying.XSP => Xsp,
        _ => throw new ArgumentOutOfRangeException(nameof(underlying), underlying, "Unknown underlying."),
    };

    /// <summary>Whether <paramref name="strike"/> lies on this contract's 0DTE strike grid.</summary>
    public bool IsOnStrikeGrid(decimal strike) => strike > 0 && strike % StrikeSpacing == 0;
}
