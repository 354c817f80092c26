using Condor.Engine.Market;
namespace Condor.Engine.Simulation;

/// <summary>Black–Scholes–Merton for European options with a continuous dividend yield.</summary>
internal static class BlackScholes
{
    private const double DaysPerYear = 252;

    /// <param name="years">Time to expiry in years (must be &gt; 0).</param>
    /// <param name="volatility">Annual implied volatility (must be &gt; 0).</param>
    public static OptionValuation Value(OptionRight right, double spot, double strike, double years, double volatility, double rate, double dividend)
    {
        if (!(spot > 0) || !(strike > 0) || !(years > 0) || !(volatility > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(years), "Spot, strike, time and volatility must be positive.");
        }

        var sqrtT = Math.Sqrt(years);
        var volSqrtT = volatility * sqrtT;
        var d1 = (Math.Log(spot / strike) + ((rate - dividend + (volatility * volatility / 2)) * years)) / volSqrtT;
        var d2 = d1 - volSqrtT;
        var discountQ = Math.Exp(-dividend * years);
        var discountR = Math.Exp(-rate * years);
        var pdf = NormalDistribution.Pdf(d1);
        var gamma = discountQ * pdf / (spot * volSqrtT);
        var vega = spot * discountQ * pdf * sqrtT / 100;
        var decay = -(spot * discountQ * pdf * volatility) / (2 * sqrtT);

        if (right == OptionRight.Call)
        {
            var nd1 = NormalDistribution.Cdf(d1);
            var nd2 = NormalDistribution.Cdf(d2);
            var price = (spot * discountQ * nd1) - (strike * discountR * nd2);
            var theta = decay - (rate * strike * discountR * nd2) + (dividend * spot * discountQ * nd1);
            return new OptionValuation(price, discountQ * nd1, gamma, vega, theta / DaysPerYear);
        }
        else
        {
            var nmd1 = NormalDistribution.Cdf(-d1);
            var nmd2 = NormalDistribution.Cdf(-d2);
            var price = (strike * discountR * nmd2) - (spot * discountQ * nmd1);
            var theta = decay + (rate * strike * discountR * nmd2) - (dividend * spot * discountQ * nmd1);
            return new OptionValuation(price, -discountQ * nmd1, gamma, vega, theta / DaysPerYear);
        }
    }

    /// <summary>The volatility whose price equals <paramref name="price"/> (bisection on [1e-4, 10]); null when no volatility does.</summary>
    public static double? ImpliedVolatility(OptionRight right, double price, double spot, double strike, double years, double rate, double dividend)
    {
        if (!(price > 0) || !(years > 0))
        {
            return null;
        }

        double low = 1e-4, high = 10;
        if (price < Value(right, spot, strike, years, low, rate, dividend).Price
            || price > Value(right, spot, strike, years, high, rate, dividend).Price)
        {
            return null;
        }

        for (var i = 0; i < 100 && high - low > 1e-10; i++)
        {
            var mid = (low + high) / 2;
            if (Value(right, spot, strike, years, mid, rate, dividend).Price < price)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }
}
