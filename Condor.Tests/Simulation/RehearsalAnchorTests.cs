using Condor.Engine.Configuration;
using Condor.Engine.Market;
using Condor.Engine.Simulation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Condor.Tests.Simulation;

/// <summary>The rehearsal clock: Start at the real instant StartedAtUtc, Speed virtual seconds per real second.</summary>
public sealed class RehearsalAnchorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 25, 0, TimeSpan.FromHours(-5));
    private static readonly DateTimeOffset Real = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CreateClock_AnchoredTenRealMinutesAgoAtSpeed60_ReadsStartPlusTenHours()
    {
        using var wall = new VirtualClock(Real);
        var anchor = new RehearsalAnchor(Start, 60, Real.AddMinutes(-10));

        using var clock = anchor.CreateClock(wall);

        Assert.Equal(Start.AddHours(10), clock.GetUtcNow());
    }

    [Fact]
    public void CreateClock_RestartedLaterWithTheSameAnchor_ContinuesTheSameVirtualDay()
    {
        using var wall = new VirtualClock(Real);
        var anchor = new RehearsalAnchor(Start, 60, Real);
        using var first = anchor.CreateClock(wall);
        wall.Advance(TimeSpan.FromSeconds(90));

        using var restarted = anchor.CreateClock(wall);

        Assert.Equal(Start.AddMinutes(90), first.GetUtcNow());
        Assert.Equal(first.GetUtcNow(), restarted.GetUtcNow());
    }

    [Fact]
    public void Resolve_NothingSet_AnchorsNowAtSpeedOneAndStartsAt0925EtOfTheSession()
    {
        var mondayMorning = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.FromHours(-5));

        var anchor = RehearsalAnchor.Resolve(null, null, null, mondayMorning, ExchangeCalendar.Default);

        Assert.Equal(new RehearsalAnchor(Start, 1, mondayMorning.ToUniversalTime()), anchor);
    }

    [Fact]
    public void Resolve_NoStartAndTodayAnExtraClosure_StartsAtTheNextSession()
    {
        var mondayMorning = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.FromHours(-5));
        var calendar = new ExchangeCalendar([new DateOnly(2026, 11, 23)]);

        var anchor = RehearsalAnchor.Resolve(null, 5, null, mondayMorning, calendar);

        Assert.Equal(Start.AddDays(1), anchor.Start);
    }

    [Fact]
    public void Resolve_AnchorSetButNoStart_DefaultStartFollowsTheAnchorNotNow()
    {
        var anchorInstant = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.FromHours(-5));
        var twoDaysLater = anchorInstant.AddDays(2);

        var anchor = RehearsalAnchor.Resolve(null, 1, anchorInstant, twoDaysLater, ExchangeCalendar.Default);

        Assert.Equal(Start, anchor.Start);
    }

    [Theory]
    [InlineData(TradingMode.Live)]
    [InlineData(TradingMode.Paper)]
    [InlineData(TradingMode.Experiment)]
    public void ProcessClock_RealGatewayMode_IsTheWallClock(TradingMode mode)
    {
        using var wall = new VirtualClock(Real);

        using var clock = new ProcessClock(mode, new ClockOptions(), ExchangeCalendar.Default, wall, NullLogger.Instance);

        Assert.Same(wall, clock.Time);
        Assert.Null(clock.Anchor);
        Assert.Null(clock.Rehearsal);
    }

    [Fact]
    public void ProcessClock_Simulated_IsTheRehearsalClockOfTheSettings()
    {
        using var wall = new VirtualClock(Real);
        var options = new ClockOptions { Start = "2026-11-23T09:25:00-05:00", Speed = 2, StartedAtUtc = "2026-12-03T07:59:00Z" };

        using var clock = new ProcessClock(TradingMode.Simulated, options, ExchangeCalendar.Default, wall, NullLogger.Instance);

        Assert.Same(clock.Rehearsal, clock.Time);
        Assert.Equal(new RehearsalAnchor(Start, 2, Real.AddMinutes(-1)), clock.Anchor);
        Assert.Equal(Start.AddMinutes(2), clock.Time.GetUtcNow());
    }

    [Theory]
    [InlineData("2026-11-23T09:25:00-05:00", true)]
    [InlineData("2026-11-23T14:25:00Z", true)]
    [InlineData("2026-11-23T09:25:00", false)]
    [InlineData("09:25", false)]
    [InlineData("", false)]
    public void TryParseInstant_OffsetRequired(string text, bool parses)
    {
        Assert.Equal(parses, ClockOptions.TryParseInstant(text, out var instant));
        if (parses)
        {
            Assert.Equal(Start, instant);
        }
    }
}
