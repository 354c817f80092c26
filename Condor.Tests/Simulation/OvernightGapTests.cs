using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

/// <summary>The market path's seeded overnight gaps at the open (MarketPathOptions.GapStdDev).</summary>
public sealed class OvernightGapTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Open_WithGaps_DiffersFromPriorCloseWhichHoldsUntilTheOpen()
    {
        var path = Path(0.005);
        var fridayClose = path.Spx(EasternTime.At(Monday.AddDays(-3), new TimeOnly(16, 0)));

        Assert.Equal(fridayClose, path.Spx(EasternTime.At(Monday, new TimeOnly(9, 29, 59))));
        Assert.NotEqual(fridayClose, path.Spx(EasternTime.At(Monday, new TimeOnly(9, 30))));
    }

    [Fact]
    public void Open_NoGaps_EqualsPriorClose()
    {
        var path = Path(0);

        Assert.Equal(path.Spx(EasternTime.At(Monday.AddDays(-3), new TimeOnly(16, 0))), path.Spx(EasternTime.At(Monday, new TimeOnly(9, 30))));
    }

    [Fact]
    public void Gaps_OverAYear_SizeAsConfiguredAndSeeded()
    {
        var path = Path(0.005);
        var again = Path(0.005);
        var other = new MarketPath(Options(0.005) with { Seed = 8 });
        var gaps = new List<double>();
        var day = Monday;
        for (var i = 0; i < 250; i++)
        {
            var next = day.DayOfWeek == DayOfWeek.Friday ? day.AddDays(3) : day.AddDays(1);
            gaps.Add(Math.Log(path.Spx(EasternTime.At(next, new TimeOnly(9, 30))) / path.Spx(EasternTime.At(day, new TimeOnly(16, 0)))));
            day = next;
        }

        var sd = Math.Sqrt(gaps.Sum(g => g * g) / gaps.Count);
        var open = EasternTime.At(Monday.AddDays(1), new TimeOnly(9, 30)); // the anchor (Monday 09:30) is 6000 for every seed
        Assert.InRange(sd, 0.004, 0.006);
        Assert.Equal(path.Spx(open), again.Spx(open));
        Assert.NotEqual(path.Spx(open), other.Spx(open));
    }

    [Fact]
    public void Options_GapOutOfRange_Rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MarketPath(Options(-0.01)));

    /// <summary>No diffusion, drift or jumps: every close-to-open move is the gap.</summary>
    private static MarketPathOptions Options(double gap) => new()
    {
        Seed = 7, Volatility = 0, Drift = 0, JumpsPerSession = 0, GapStdDev = gap,
        AnchorTime = EasternTime.At(Monday, new TimeOnly(9, 30)), AnchorSpx = 6000,
    };

    private static MarketPath Path(double gap) => new(Options(gap));
}
