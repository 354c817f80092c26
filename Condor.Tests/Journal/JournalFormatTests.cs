using System.Globalization;
using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

public sealed class JournalFormatTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("5.10", "5.1")]
    [InlineData("-1.05", "-1.05")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00000000001", "0.00000000001")]
    [InlineData("1234567.89010", "1234567.8901")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Money_InCommaDecimalCulture_IsInvariantNormalisedAndRoundTrips(string input, string stored)
    {
        var value = decimal.Parse(input, CultureInfo.InvariantCulture);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal(stored, JournalFormat.Money(value));
            Assert.Equal(value, JournalFormat.ParseMoney(JournalFormat.Money(value)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Instant_RoundTripsTicksAndSortsAsText()
    {
        var early = new DateTimeOffset(2026, 3, 2, 9, 32, 0, TimeSpan.FromHours(-5)).AddTicks(1234567);
        var late = early.AddTicks(1);

        Assert.Equal("2026-03-02T14:32:00.1234567Z", JournalFormat.Instant(early));
        Assert.Equal(early, JournalFormat.ParseInstant(JournalFormat.Instant(early)));
        Assert.True(string.CompareOrdinal(JournalFormat.Instant(early), JournalFormat.Instant(late)) < 0);
    }

    [Fact]
    public async Task RecordTrade_DecimalsUnderCommaCulture_ReadBackExactly()
    {
        await using var temp = await TempJournal.CreateAsync();
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var legs = CondorFixture.Trade().Legs.Select(l => l with { Mid = 1.0005m, Strike = l.Strike + 0.5m }).ToList();
            var id = await temp.Journal.RecordTradeAsync(
                new NewTrade(CondorFixture.Day, "XSP", 3, legs, entryLimit: 0.10m, marginUsed: 123456789.0123456789m),
                CancellationToken.None);

            var trade = await temp.Journal.GetTradeAsync(id, CancellationToken.None);

            Assert.NotNull(trade);
            Assert.Equal(0.10m, trade.EntryLimit);
            Assert.Equal(123456789.0123456789m, trade.MarginUsed);
            Assert.All(trade.Legs, l => Assert.Equal(1.0005m, l.EntryMid));
            Assert.Equal(5780.5m, trade.Leg(LegPosition.LongPut).Strike);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
