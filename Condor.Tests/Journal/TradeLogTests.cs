using Condor.Engine.Configuration;
using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

public sealed class TradeLogTests(TradeLogFixture fixture) : IClassFixture<TradeLogFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task QueryTrades_NoFilter_EveryTradeNewestFirst()
    {
        var page = await QueryAsync(new TradeQuery());

        Assert.Equal(8, page.TotalCount);
        Assert.Equal(new DateOnly(2026, 3, 10), page.Trades[0].SessionDate);
        Assert.All(page.Trades, t => Assert.Equal(4, t.Legs.Count));
    }

    [Fact]
    public async Task QueryTrades_DateRange_Inclusive()
    {
        var page = await QueryAsync(new TradeQuery { From = new DateOnly(2026, 3, 3), To = new DateOnly(2026, 3, 5) });

        Assert.Equal(["kill", "time", "stop"], Keys(page));
    }

    [Fact]
    public async Task QueryTrades_Mode_OnlyThatMode()
    {
        Assert.Equal(["live"], Keys(await QueryAsync(new TradeQuery { Mode = TradingMode.Live })));
        Assert.Equal(7, (await QueryAsync(new TradeQuery { Mode = TradingMode.Simulated })).TotalCount);
    }

    [Fact]
    public async Task QueryTrades_ExitReason_OnlyThatReason()
    {
        Assert.Equal(["stop"], Keys(await QueryAsync(new TradeQuery { ExitReason = ExitReason.Stop })));
        Assert.Equal(["expiry"], Keys(await QueryAsync(new TradeQuery { ExitReason = ExitReason.Expiry })));
        Assert.Equal(["live", "target"], Keys(await QueryAsync(new TradeQuery { ExitReason = ExitReason.ProfitTarget })).Order());
    }

    [Fact]
    public async Task QueryTrades_WinnersAndLosers_ByNetPnlOfClosedTrades()
    {
        var winners = await QueryAsync(new TradeQuery { Outcome = TradeOutcome.Winners });
        var losers = await QueryAsync(new TradeQuery { Outcome = TradeOutcome.Losers });

        Assert.Equal(["expiry", "external", "live", "target", "time"], Keys(winners).Order());
        Assert.Equal(["kill", "stop"], Keys(losers).Order());
        Assert.All(winners.Trades, t => Assert.True(t.PnlNet > 0));
    }

    [Theory]
    [InlineData("\"stopped\"", "stop")]
    [InlineData("CALM", "target")]
    [InlineData("%", "kill")]
    [InlineData("_", "kill")]
    [InlineData("line, note", "time")]
    public async Task QueryTrades_NotesText_MatchesLiterally(string text, string expected)
    {
        var page = await QueryAsync(new TradeQuery { NotesContain = text });

        Assert.Equal([expected], Keys(page));
    }

    [Fact]
    public async Task QueryTrades_SortByNetPnl_DescendingWithOpenTradeLast()
    {
        var page = await QueryAsync(new TradeQuery { SortBy = TradeSortField.PnlNet, Descending = true, Mode = TradingMode.Simulated });

        Assert.Equal(["expiry", "external", "target", "time", "kill", "stop", "open"], Keys(page));
        Assert.Equal(495.60m, page.Trades[0].PnlNet);
    }

    [Fact]
    public async Task QueryTrades_SortByMinutesAscending_ShortestFirst()
    {
        var page = await QueryAsync(new TradeQuery { SortBy = TradeSortField.MinutesInTrade, Descending = false, Mode = TradingMode.Simulated });

        Assert.Equal(68, page.Trades[0].MinutesInTrade); // 14:32 to 15:40
        Assert.Equal("expiry", Keys(page)[5]); // 14:32 to 21:00
        Assert.Equal("open", Keys(page)[6]);
    }

    [Fact]
    public async Task QueryTrades_Paging_ReturnsTheRequestedSlice()
    {
        var first = await QueryAsync(new TradeQuery { Descending = false, PageSize = 3, Page = 1, Mode = TradingMode.Simulated });
        var second = await QueryAsync(new TradeQuery { Descending = false, PageSize = 3, Page = 2, Mode = TradingMode.Simulated });
        var last = await QueryAsync(new TradeQuery { Descending = false, PageSize = 3, Page = 3, Mode = TradingMode.Simulated });

        Assert.Equal(["target", "stop", "time"], Keys(first));
        Assert.Equal(["kill", "external", "expiry"], Keys(second));
        Assert.Equal(["open"], Keys(last));
        Assert.Equal(7, second.TotalCount);
        Assert.Equal(3, second.PageCount);
        Assert.All(second.Trades, t => Assert.Equal(4, t.Legs.Count));
    }

    [Fact]
    public async Task QueryTrades_PageSizeOutOfRange_Refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => QueryAsync(new TradeQuery { PageSize = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => QueryAsync(new TradeQuery { Page = 0 }));
    }

    private Task<TradePage> QueryAsync(TradeQuery query) => fixture.Temp.Journal.QueryTradesAsync(query, None);

    private List<string> Keys(TradePage page) =>
        page.Trades.Select(t => fixture.Ids.Single(kv => kv.Value == t.Id).Key).ToList();
}
