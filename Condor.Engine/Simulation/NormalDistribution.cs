namespace Condor.Engine.Simulation;

/// <summary>
/// The standard normal distribution. The CDF uses erf's Maclaurin series for |z| &lt; 3 and the Laplace continued
/// fraction of erfc beyond; both are accurate to about 1e-14 in double precision, far better than the 1e-7 needed.
/// </summary>
internal static class NormalDistribution
{
    private const double InvSqrt2 = 0.70710678118654752440;
    private const double InvSqrtPi = 0.56418958354775628695;
    private const double InvSqrt2Pi = 0.39894228040143267794;

    public static double Pdf(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    public static double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var z = x * InvSqrt2;
        return Math.Abs(z) < 3
            ? 0.5 * (1 + Erf(z))
            : z > 0 ? 1 - (0.5 * ErfcTail(z)) : 0.5 * ErfcTail(-z);
    }

    /// <summary>erf(z) = 2/√π · Σ (−1)ⁿ z^(2n+1) / (n! (2n+1)), summed until terms stop mattering.</summary>
    private static double Erf(double z)
    {
        var z2 = z * z;
        var power = z;
        var sum = z;
        for (var n = 1; n < 200; n++)
        {
            power *= -z2 / n;
            var term = power / ((2 * n) + 1);
            sum += term;
            if (Math.Abs(term) < 1e-17 * Math.Abs(sum))
            {
                break;
            }
        }

        return 2 * InvSqrtPi * sum;
    }

    /// <summary>erfc(z) for z ≥ 3: e^(−z²)/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + 2/(z + …))))), evaluated from the bottom.</summary>
    private static double ErfcTail(double z)
    {
        var fraction = z;
        for (var k = 80; k >= 1; k--)
        {
            fraction = z + (k / 2.0 / fraction);
        }

        return Math.Exp(-z * z) * InvSqrtPi / fraction;
    }
}
