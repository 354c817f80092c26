using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

public sealed class MarketPathTests
{
    // Monday 2026-11-23, 09:30 ET = 14:30 UTC.
    private static readonly DateTimeOffset Open = new(2026, 11, 23, 14, 30, 0, TimeSpan.Zero);

    private static MarketPath Path(ulong seed = 7, double drift = 0, double jumps = 0) => new(new MarketPathOptions
    {
        Seed = seed,
        Drift = drift,
        JumpsPerSession = jumps,
    });

    [Fact]
    public void At_SameSeedQueriedInDifferentOrders_IdenticalValues()
    {
        var times = Enumerable.Range(0, 200).Select(i => Open.AddSeconds(i * 97.3)).ToArray();
        var forward = times.Select(t => Path().At(t)).ToArray();
        var shared = Path();
        var backward = times.Reverse().Select(shared.At).Reverse().ToArray();
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void At_DifferentSeeds_DifferentValues()
    {
        var a = Path(1).At(Open.AddHours(2));
        var b = Path(2).At(Open.AddHours(2));
        Assert.NotEqual(a.Spx, b.Spx);
        Assert.NotEqual(a.Vix, b.Vix);
    }

    [Fact]
    public void At_AnchorTime_EqualsAnchorSpx()
    {
        var options = new MarketPathOptions { Seed = 3, AnchorTime = Open, AnchorSpx = 5800 };
        Assert.Equal(5800, new MarketPath(options).Spx(Open), 6);
    }

    [Fact]
    public void At_WithinOneSecond_Stepped()
    {
        var path = Path();
        Assert.Equal(path.Spx(Open.AddSeconds(10)), path.Spx(Open.AddSeconds(10.9)));
        Assert.NotEqual(path.Spx(Open.AddSeconds(10)), path.Spx(Open.AddSeconds(11)));
    }

    [Fact]
    public void At_Weekend_FrozenAtFridayClose()
    {
        var path = Path();
        var fridayClose = new DateTimeOffset(2026, 11, 20, 21, 0, 0, TimeSpan.Zero);
        Assert.Equal(path.Spx(fridayClose), path.Spx(fridayClose.AddHours(30)));
        Assert.Equal(path.Spx(fridayClose), path.Spx(Open.AddSeconds(-1)));
    }

    [Fact]
    public void Xsp_AnyTime_IsSpxOverTen()
    {
        var snapshot = Path().At(Open.AddMinutes(42));
        Assert.Equal(snapshot.Spx / 10, snapshot.Xsp);
        Assert.Equal(Math.Round(snapshot.SpxPrice / 10, 2, MidpointRounding.AwayFromZero), snapshot.XspPrice, 2);
    }

    [Fact]
    public void Drift_Negative_LowersSessionReturnByExactDrift()
    {
        var close = Open.AddHours(6.5);
        var flat = Path(drift: 0);
        var falling = Path(drift: -2.52);
        var flatReturn = Math.Log(flat.Spx(close) / flat.Spx(Open));
        var fallingReturn = Math.Log(falling.Spx(close) / falling.Spx(Open));
        Assert.Equal(-0.01, fallingReturn - flatReturn, 9);
    }

    [Fact]
    public void RealisedVolatility_ManySessions_MatchesConfigured()
    {
        var path = Path(11);
        var returns = new List<double>();
        var day = Open;
        for (var session = 0; session < 60; session++, day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var previous = path.Spx(day);
            for (var minute = 5; minute <= 390; minute += 5)
            {
                var next = path.Spx(day.AddMinutes(minute));
                returns.Add(Math.Log(next / previous));
                previous = next;
            }
        }

        var mean = returns.Average();
        var variance = returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1);
        var annual = Math.Sqrt(variance * 252 * 78);
        Assert.InRange(annual, 0.14, 0.16);
    }

    [Fact]
    public void Vix_ThreeSessions_MovesAgainstSpxAndStaysNearLevel()
    {
        var path = Path(5);
        var spxChanges = new List<double>();
        var vixChanges = new List<double>();
        var vixLevels = new List<double>();
        var previous = path.At(Open);
        for (var minute = 1; minute <= 390 * 3; minute++)
        {
            var day = minute / 390;
            var next = path.At(Open.AddDays(day).AddMinutes(minute % 390));
            spxChanges.Add(Math.Log(next.Spx / previous.Spx));
            vixChanges.Add(Math.Log(next.Vix / previous.Vix));
            vixLevels.Add(next.Vix);
            previous = next;
        }

        Assert.True(Correlation(spxChanges, vixChanges) < -0.5);
        Assert.InRange(vixLevels.Average(), 11, 20);
    }

    [Fact]
    public void Jumps_Enabled_ChangeOnlyWithinSessionsAndAreDeterministic()
    {
        var smooth = Path(9);
        var jumpy = Path(9, jumps: 26);
        var noon = Open.AddHours(2.5);
        Assert.NotEqual(smooth.Spx(noon), jumpy.Spx(noon));
        Assert.Equal(jumpy.Spx(noon), Path(9, jumps: 26).Spx(noon));
    }

    private static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }
}
