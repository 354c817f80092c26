using Condor.Engine.Configuration;
using Condor.Engine.Journal;
using Dapper;

namespace Condor.Tests.Journal;

public sealed class DailyRecordTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SaveSession_ThenUpdate_LatestStatePerDayAndMode()
    {
        await using var temp = await TempJournal.CreateAsync();
        await temp.Journal.SaveSessionAsync(new SessionState(CondorFixture.Day, "WarmUp", null), None);
        await temp.Journal.SaveSessionAsync(new SessionState(CondorFixture.Day, "NoTrade", "VIX 31.2 above ceiling 30"), None);

        Assert.Equal(new SessionState(CondorFixture.Day, "NoTrade", "VIX 31.2 above ceiling 30"),
            await temp.Journal.GetSessionAsync(CondorFixture.Day, None));
        Assert.Null(await temp.ForMode(TradingMode.Live).GetSessionAsync(CondorFixture.Day, None));
        Assert.Null(await temp.Journal.GetSessionAsync(CondorFixture.Day.AddDays(1), None));
    }

    [Fact]
    public async Task AppendAudit_ActorsAndKinds_ReadBackInOrderWithTime()
    {
        await using var temp = await TempJournal.CreateAsync();
        await temp.Journal.AppendAuditAsync(new AuditEntry(AuditActor.Schedule, AuditKind.Command, "Enter"), None);
        temp.Time.Advance(TimeSpan.FromSeconds(2));
        await temp.Journal.AppendAuditAsync(new AuditEntry(AuditActor.OwnerWeb, AuditKind.Command, "Kill", "from dashboard"), None);
        await temp.Journal.AppendAuditAsync(new AuditEntry(AuditActor.Engine, AuditKind.Error, "journal unavailable"), None);

        var audit = await temp.Journal.GetAuditAsync(temp.Time.GetUtcNow().AddMinutes(-1), 10, None);

        Assert.Equal(["Enter", "Kill", "journal unavailable"], audit.Select(a => a.Message));
        Assert.Equal(AuditActor.OwnerWeb, audit[1].Actor);
        Assert.Equal("from dashboard", audit[1].Detail);
        Assert.Equal(temp.Time.GetUtcNow(), audit[2].AtUtc);
    }

    [Fact]
    public async Task RecordQuoteCapture_LegsAndCandidates_RoundTripExactly()
    {
        await using var temp = await TempJournal.CreateAsync();
        var tradeId = await temp.Journal.RecordTradeAsync(CondorFixture.Trade(), None);
        var capture = new QuoteCapture(CondorFixture.Day, tradeId, "entry", CondorFixture.EntryTime, 5851.37m, 16.42m, 15.9m,
            [new LegQuote(LegPosition.ShortPut, 5800m, 2.95m, 3.05m, 3.00m, -0.1512, 0.002, -1.3, 0.4, 0.19)],
            [new DeltaCandidate("P", 5800m, -0.1512, true), new DeltaCandidate("P", 5805m, -0.1631, false)]);

        await temp.Journal.RecordQuoteCaptureAsync(capture, None);
        var read = Assert.Single(await temp.Journal.GetQuoteCapturesAsync(tradeId, None));

        Assert.Equal(capture with { Legs = read.Legs, Candidates = read.Candidates }, read);
        Assert.Equal(capture.Legs, read.Legs);
        Assert.Equal(capture.Candidates, read.Candidates);
    }

    [Fact]
    public async Task NotificationsAndEquity_Recorded_SnapshotUpsertedPerDay()
    {
        await using var temp = await TempJournal.CreateAsync();
        await temp.Journal.RecordNotificationAsync(new NotificationRecord("telegram", "Urgent", "Stop hit", "-1,008.80", true), None);
        await temp.Journal.RecordNotificationAsync(new NotificationRecord("discord", "Urgent", "Stop hit", "-1,008.80", false, "HTTP 429"), None);
        await temp.Journal.SaveEquitySnapshotAsync(new EquitySnapshot(CondorFixture.Day, 100_000m, 0m), None);
        await temp.Journal.SaveEquitySnapshotAsync(new EquitySnapshot(CondorFixture.Day, 98_991.20m, -1008.80m), None);

        await using var raw = await temp.RawConnectionAsync();
        Assert.Equal(1, await raw.ExecuteScalarAsync<int>("SELECT count(*) FROM notifications WHERE success = 0 AND error = 'HTTP 429'"));
        Assert.Equal(2, await raw.ExecuteScalarAsync<int>("SELECT count(*) FROM notifications"));
        var (net, day) = await raw.QuerySingleAsync<(string, string)>("SELECT net_liquidation, day_pnl FROM equity_snapshots");
        Assert.Equal(("98991.2", "-1008.8"), (net, day));
    }
}
