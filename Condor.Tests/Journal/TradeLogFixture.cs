using Condor.Engine.Configuration;
using Condor.Engine.Journal;

namespace Condor.Tests.Journal;

/// <summary>Eight trades in two modes, every exit reason, notes with commas, quotes, newlines, % and _.</summary>
public sealed class TradeLogFixture : IAsyncLifetime
{
    internal TempJournal Temp { get; private set; } = null!;

    internal Dictionary<string, long> Ids { get; } = [];

    public async Task InitializeAsync()
    {
        Temp = await TempJournal.CreateAsync();
        var sim = Temp.Journal;
        await AddAsync(sim, "target", new DateOnly(2026, 3, 2), OrderRole.Target, 3.75m, "calm open");
        await AddAsync(sim, "stop", new DateOnly(2026, 3, 3), OrderRole.Stop, 15.00m, "gap up, \"stopped\", ugh");
        await AddAsync(sim, "time", new DateOnly(2026, 3, 4), OrderRole.Time, 4.00m, "multi\nline, note");
        await AddAsync(sim, "kill", new DateOnly(2026, 3, 5), OrderRole.Kill, 5.50m, "100% kill_switch");
        await AddAsync(sim, "external", new DateOnly(2026, 3, 6), null, 1.80m, "");
        var expiry = await CondorFixture.OpenAsync(sim, new DateOnly(2026, 3, 9));
        await sim.CloseTradeAsync(expiry, new ExpirySettlement(5850m, new DateTimeOffset(2026, 3, 9, 21, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        Ids["expiry"] = expiry;
        Ids["open"] = await CondorFixture.OpenAsync(sim, new DateOnly(2026, 3, 10));
        await AddAsync(Temp.ForMode(TradingMode.Live), "live", new DateOnly(2026, 3, 2), OrderRole.Target, 3.75m, "live one");
    }

    public async Task DisposeAsync() => await Temp.DisposeAsync();

    private async Task AddAsync(IJournal journal, string key, DateOnly day, OrderRole? role, decimal debit, string notes)
    {
        var id = await CondorFixture.OpenAsync(journal, day);
        var exit = day.ToDateTime(new TimeOnly(15, 40), DateTimeKind.Utc);
        // Close the condor at the requested debit: all of it on the short put, nothing back on the wings.
        await CondorFixture.CloseAsync(journal, id, role, exit, 0m, debit, 0m, 0m);
        await journal.SetNotesAsync(id, notes, CancellationToken.None);
        Ids[key] = id;
    }
}
