using Condor.Engine.Market;
namespace Condor.Engine.Simulation;

/// <summary>Bid/ask around a model price: wider at the open and for far strikes, on the tick grid, never negative.</summary>
internal static class QuoteSpread
{
    public static (decimal Bid, decimal Ask) Around(double model, double moneyness, TimeSpan sinceOpen, ChainOptions options, TickRule ticks)
    {
        var price = (decimal)Math.Round(model, 6);
        var tick = ticks.TickAt(price);
        var half = Math.Max(options.MinHalfSpreadTicks * (double)tick, options.HalfSpreadFraction * model)
            * OpenFactor(sinceOpen, options)
            * (1 + (options.FarWidening * Math.Max(0, Math.Abs(moneyness) - 1)));
        var halfDecimal = (decimal)Math.Round(half, 6);
        var bid = ticks.RoundDown(Math.Max(0, price - halfDecimal)).Value;
        var ask = ticks.RoundUp(price + halfDecimal).Value;
        if (ask <= bid)
        {
            ask = bid + ticks.TickAt(bid);
        }

        return (bid, Math.Max(ask, ticks.TickBelow));
    }

    /// <summary>1 + (widening − 1) × the fraction of the opening window still ahead (full widening before 09:30).</summary>
    public static double OpenFactor(TimeSpan sinceOpen, ChainOptions options)
    {
        if (options.OpenWindow <= TimeSpan.Zero || sinceOpen >= options.OpenWindow)
        {
            return 1;
        }

        var remaining = sinceOpen <= TimeSpan.Zero ? 1 : 1 - (sinceOpen / options.OpenWindow);
        return 1 + ((options.OpenWidening - 1) * remaining);
    }
}
