using Condor.Engine.Configuration;
using Condor.Engine.Journal;
using CsvHelper;

namespace Condor.Tests.Journal;

public sealed class TradeCsvExportTests(TradeLogFixture fixture) : IClassFixture<TradeLogFixture>
{
    private const string TradesHeader =
        "Id,SessionDate,Mode,Underlying,Status,Contracts,EntryUtc,ExitUtc,MinutesInTrade,EntryLimit,Credit,ExitPrice," +
        "ExitReason,PnlGross,Commissions,PnlNet,MarginUsed," +
        "LongPutStrike,LongPutOpen,LongPutClose,LongPutDelta,ShortPutStrike,ShortPutOpen,ShortPutClose,ShortPutDelta," +
        "ShortCallStrike,ShortCallOpen,ShortCallClose,ShortCallDelta,LongCallStrike,LongCallOpen,LongCallClose,LongCallDelta," +
        "Notes";

    private const string LegsHeader =
        "TradeId,SessionDate,Position,Right,Strike,ConId,EntryDelta,EntryIv,EntryMid,OpenPrice,ClosePrice,Commission";

    [Fact]
    public async Task ExportCsv_Filtered_ParsesBackWithHeaderAndTrickyNotes()
    {
        var (trades, legs) = await ExportAsync(new TradeQuery { Mode = TradingMode.Simulated, Descending = false });

        Assert.Equal(TradesHeader, FirstLine(trades));
        Assert.Equal(LegsHeader, FirstLine(legs));
        using var reader = CsvReader.Create(new StringReader(trades), null, leaveOpen: false);
        var rows = reader.GetRecords<TradeCsvRow>().ToList();
        Assert.Equal(7, rows.Count);
        var stop = rows.Single(r => r.Id == fixture.Ids["stop"]);
        Assert.Equal("gap up, \"stopped\", ugh", stop.Notes);
        Assert.Equal("Stop", stop.ExitReason);
        Assert.Equal(-1008.8m, stop.PnlNet);
        Assert.Equal(5800m, stop.ShortPutStrike);
        Assert.Equal(3.00m, stop.ShortPutOpen);
        Assert.Equal(15.00m, stop.ShortPutClose);
        Assert.Equal("multi\nline, note", rows.Single(r => r.Id == fixture.Ids["time"]).Notes);
        Assert.Equal("2026-03-03", stop.SessionDate);
        Assert.Equal("2026-03-03T14:32:00.0000000Z", stop.EntryUtc);
        Assert.Equal(68, stop.MinutesInTrade);
        var open = rows.Single(r => r.Id == fixture.Ids["open"]);
        Assert.Null(open.PnlNet);
        Assert.Equal("Open", open.Status);
    }

    [Fact]
    public async Task ExportCsv_Legs_FourRowsPerTrade()
    {
        var (_, legs) = await ExportAsync(new TradeQuery { Mode = TradingMode.Simulated });

        using var reader = CsvReader.Create(new StringReader(legs), null, leaveOpen: false);
        var rows = reader.GetRecords<LegCsvRow>().ToList();
        Assert.Equal(28, rows.Count);
        var stopLegs = rows.Where(r => r.TradeId == fixture.Ids["stop"]).ToList();
        Assert.Equal(["LongPut", "ShortPut", "ShortCall", "LongCall"], stopLegs.Select(l => l.Position));
        Assert.All(stopLegs, l => Assert.Equal(2.20m, l.Commission));
        Assert.Equal("P", stopLegs[0].Right);
        Assert.Equal(-0.15, stopLegs[1].EntryDelta);
    }

    [Fact]
    public async Task ExportCsv_SameFiltersAsQuery_ExportsExactlyThatSetWithoutPaging()
    {
        var query = new TradeQuery { Outcome = TradeOutcome.Winners, PageSize = 2 };
        var page = await fixture.Temp.Journal.QueryTradesAsync(query, CancellationToken.None);
        var (trades, _) = await ExportAsync(query);

        using var reader = CsvReader.Create(new StringReader(trades), null, leaveOpen: false);
        var ids = reader.GetRecords<TradeCsvRow>().Select(r => r.Id).ToList();
        Assert.Equal(page.TotalCount, ids.Count);
        Assert.Equal(page.Trades.Select(t => t.Id), ids.Take(2));
    }

    private async Task<(string Trades, string Legs)> ExportAsync(TradeQuery query)
    {
        await using var trades = new StringWriter();
        await using var legs = new StringWriter();
        await fixture.Temp.Journal.ExportCsvAsync(query, trades, legs, CancellationToken.None);
        return (trades.ToString(), legs.ToString());
    }

    private static string FirstLine(string text) => text[..text.IndexOf('\r', StringComparison.Ordinal)];
}
