using Condor.Engine.Market;
using Condor.Engine.Strategy;

namespace Condor.Tests.Strategy;

/// <summary>Small helpers that build option quotes for the strategy tests.</summary>
internal static class ChainBuilder
{
    /// <summary>A put (negative delta) with a tidy two-sided quote.</summary>
    public static OptionQuote Put(decimal strike, double points, decimal bid = 1.00m, decimal ask = 1.10m) =>
        new(OptionRight.Put, strike, bid, ask, -points / 100.0);

    public static OptionQuote Call(decimal strike, double points, decimal bid = 1.00m, decimal ask = 1.10m) =>
        new(OptionRight.Call, strike, bid, ask, points / 100.0);

    public static OptionQuote Quote(OptionRight right, decimal strike, decimal? bid, decimal? ask, double? delta = null) =>
        new(right, strike, bid, ask, delta);
}
