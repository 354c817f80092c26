using Condor.Engine.Simulation;

namespace Condor.Tests.Simulation;

public sealed class EasternTimeTests
{
    [Theory]
    [InlineData(2026, 3, 6, 14)] // EST before the US switch
    [InlineData(2026, 3, 9, 13)] // EDT after it (Europe still on winter time)
    [InlineData(2026, 11, 2, 14)] // EST again
    public void At_Open_FollowsUsDaylightSaving(int year, int month, int day, int utcHour)
    {
        var open = EasternTime.At(new DateOnly(year, month, day), EasternTime.Open);
        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, 30, 0, TimeSpan.Zero), open.ToUniversalTime());
    }

    [Fact]
    public void MarketInstant_SessionBoundaries_AcrossDstSwitch()
    {
        var friday = new DateOnly(2026, 3, 6);
        var monday = new DateOnly(2026, 3, 9);
        var fridayClose = MarketInstant.From(EasternTime.At(friday, EasternTime.Close));
        var mondayOpen = MarketInstant.From(EasternTime.At(monday, EasternTime.Open));
        var mondayNoon = MarketInstant.From(EasternTime.At(monday, new TimeOnly(12, 0)));
        Assert.Equal(fridayClose.Index, mondayOpen.Index);
        Assert.Equal(9_000, mondayNoon.Second);
        Assert.Equal(mondayOpen.Index, MarketInstant.From(EasternTime.At(monday, new TimeOnly(8, 0))).Index);
    }

    [Fact]
    public void ExpiryTime_IsFourPmEastern()
    {
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 20, 0, 0, TimeSpan.Zero), OptionChainModel.ExpiryTime(new DateOnly(2026, 7, 1)).ToUniversalTime());
    }
}
