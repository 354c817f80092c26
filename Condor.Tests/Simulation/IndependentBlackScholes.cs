namespace Condor.Tests.Simulation;

/// <summary>
/// A second, independent Black–Scholes put delta for checking the model: its normal CDF integrates the density with
/// composite Simpson's rule (no series, no continued fraction), so a shared bug cannot hide.
/// </summary>
internal static class IndependentBlackScholes
{
    public static double NormalCdf(double x)
    {
        // Φ(x) = 1/2 + ∫₀ˣ φ(u) du, Simpson with 4,000 panels: error far below 1e-10 for |x| ≤ 8.
        const int panels = 4000;
        var h = x / panels;
        var sum = Density(0) + Density(x);
        for (var i = 1; i < panels; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * Density(i * h);
        }

        return 0.5 + (sum * h / 3);
    }

    public static double PutDelta(double spot, double strike, double years, double vol, double rate, double dividend)
    {
        var d1 = (Math.Log(spot / strike) + ((rate - dividend + (0.5 * vol * vol)) * years)) / (vol * Math.Sqrt(years));
        return -Math.Exp(-dividend * years) * NormalCdf(-d1);
    }

    public static double CallDelta(double spot, double strike, double years, double vol, double rate, double dividend)
    {
        var d1 = (Math.Log(spot / strike) + ((rate - dividend + (0.5 * vol * vol)) * years)) / (vol * Math.Sqrt(years));
        return Math.Exp(-dividend * years) * NormalCdf(d1);
    }

    /// <summary>The strike whose put delta is −<paramref name="targetAbsDelta"/> (bisection; put delta falls as strike rises).</summary>
    public static double PutStrikeForDelta(double targetAbsDelta, double spot, double years, double vol, double rate, double dividend)
    {
        double low = spot * 0.5, high = spot * 1.5;
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            if (-PutDelta(spot, mid, years, vol, rate, dividend) < targetAbsDelta)
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

    private static double Density(double u) => Math.Exp(-0.5 * u * u) / Math.Sqrt(2 * Math.PI);
}
