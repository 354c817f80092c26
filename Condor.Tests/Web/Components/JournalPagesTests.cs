using Bunit;
using Condor.Engine.Journal;
using Condor.Tests.Journal;
using Condor.Web.Components.Pages;

namespace Condor.Tests.Web.Components;

public sealed class JournalPagesTests
{
    [Fact]
    public async Task Trades_EmptyJournal_SaysSoFromTheJournal()
    {
        await using var journal = await TempJournal.CreateAsync();
        await using var context = Context(journal);

        var page = context.Render<Trades>();

        page.WaitForAssertion(() => Assert.Contains("No trades in the journal yet (Simulated mode)", page.Find("[data-testid=no-trades]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("tr[data-trade]"));
    }

    [Fact]
    public async Task Trades_TwoJournaledTrades_NewestFirst()
    {
        await using var journal = await TempJournal.CreateAsync();
        var first = await journal.Journal.RecordTradeAsync(CondorFixture.Trade(new DateOnly(2026, 3, 2)), CancellationToken.None);
        var second = await journal.Journal.RecordTradeAsync(CondorFixture.Trade(new DateOnly(2026, 3, 3)), CancellationToken.None);
        await using var context = Context(journal);

        var page = context.Render<Trades>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-trade]").Count));
        var rows = page.FindAll("tr[data-trade]");
        Assert.Equal(second.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[0].GetAttribute("data-trade"));
        Assert.Equal(first.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[1].GetAttribute("data-trade"));
        Assert.StartsWith("2026-03-03", rows[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Pending", rows[0].QuerySelector("td.status")!.TextContent);
        Assert.Contains("2 trades in the journal", page.Find("[data-testid=trade-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_EmptyJournal_SaysSoFromTheJournal()
    {
        await using var journal = await TempJournal.CreateAsync();
        await using var context = Context(journal);

        var page = context.Render<Audit>();

        page.WaitForAssertion(() => Assert.Contains("no entry in the last 7 days", page.Find("[data-testid=no-audit]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_Entries_NewestFirstWithWhoAndWhat()
    {
        await using var journal = await TempJournal.CreateAsync();
        await journal.Journal.AppendAuditAsync(new AuditEntry(AuditActor.Schedule, AuditKind.Decision, "Entry skipped", "VIX above limit"), CancellationToken.None);
        journal.Time.Advance(TimeSpan.FromMinutes(1));
        await journal.Journal.AppendAuditAsync(new AuditEntry(AuditActor.OwnerWeb, AuditKind.Command, "Pause"), CancellationToken.None);
        await using var context = Context(journal);

        var page = context.Render<Audit>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr[data-kind]").Count));
        var rows = page.FindAll("tr[data-kind]");
        Assert.Equal("OwnerWeb", rows[0].QuerySelector("td.who")!.TextContent);
        Assert.Contains("Pause", rows[0].QuerySelector("td.what")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Entry skipped — VIX above limit", rows[1].QuerySelector("td.what")!.TextContent, StringComparison.Ordinal);
    }

    private static BunitContext Context(TempJournal journal) =>
        ComponentTest.Create(services => services
            .AddSingleton<IJournal>(journal.Journal)
            .AddSingleton<TimeProvider>(journal.Time));
}
