using System.Diagnostics;
using System.Globalization;
using Condor.Engine.Configuration;
using Condor.Engine.Journal;
using Microsoft.Data.Sqlite;

namespace Condor.Bench;

/// <summary>
/// 10,000 trades (40 years of daily trades) written through the journal's own API into a temp file — each trade
/// its four legs, an entry and an exit order intent, and eight leg executions with commissions, every call its
/// own committed transaction as in the engine — then a filtered page query and a CSV export of everything.
/// </summary>
internal sealed class JournalBenchmark : IBenchmark
{
    private const int Trades = 10_000;

    public string Name => "journal";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "condor-journal-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var location = new JournalLocation(Path.Combine(folder, "condor.db"), Path.Combine(folder, "backups"));
            var journal = await SqliteJournal.OpenAsync(location, new JournalOptions(), TradingMode.Simulated,
                TimeProvider.System, cancellationToken);
            await InsertAsync(journal, output, cancellationToken);
            await QueryAsync(journal, output, cancellationToken);
            await ExportAsync(journal, folder, output, cancellationToken);
            var backup = Stopwatch.StartNew();
            var file = await journal.BackupAsync(cancellationToken);
            output.WriteLine(Invariant($"backup (online API + quick_check): {backup.Elapsed.TotalMilliseconds:F0} ms, {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MiB"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task InsertAsync(IJournal journal, TextWriter output, CancellationToken cancellationToken)
    {
        var intentLatencies = new List<double>(Trades * 2);
        var executionLatencies = new List<double>(Trades * 8);
        var day = new DateOnly(1986, 1, 1);
        var orderId = 1;
        var exec = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < Trades; i++)
        {
            day = NextWeekday(day);
            var entryAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 32)), TimeSpan.Zero);
            var tradeId = await journal.RecordTradeAsync(new NewTrade(day, "SPX", 1,
            [
                new NewLeg(LegPosition.LongPut, 5780m, 101 + (i * 4), -0.05, 0.2, 0.5m),
                new NewLeg(LegPosition.ShortPut, 5800m, 102 + (i * 4), -0.15, 0.19, 3m),
                new NewLeg(LegPosition.ShortCall, 5900m, 103 + (i * 4), 0.15, 0.15, 2.8m),
                new NewLeg(LegPosition.LongCall, 5920m, 104 + (i * 4), 0.05, 0.14, 0.3m),
            ], 5.00m, 1500m), cancellationToken);

            var (role, debit) = (i % 4) switch
            {
                0 => (OrderRole.Target, 3.75m),
                1 => (OrderRole.Time, 4.40m),
                2 => (OrderRole.Target, 3.75m),
                _ => (OrderRole.Stop, 15.00m),
            };
            foreach (var (orderRole, opening, at) in new[] { (OrderRole.Entry, true, entryAt), (role, false, entryAt.AddMinutes(60 + (i % 60))) })
            {
                var id = orderId++;
                var sw = Stopwatch.StartNew();
                var intent = await journal.RecordOrderIntentAsync(new OrderIntent(tradeId, orderRole,
                    opening ? OrderAction.Buy : OrderAction.Sell, "LMT", 1, opening ? 5.00m : debit), cancellationToken);
                await journal.AttachOrderIdAsync(intent.OrderRef, 17, id, cancellationToken);
                intentLatencies.Add(sw.Elapsed.TotalMilliseconds);
                decimal[] prices = opening ? [0.5m, 3m, 2.8m, 0.3m] : [0m, debit, 0m, 0m];
                for (var leg = 0; leg < 4; leg++)
                {
                    var isShort = leg is 1 or 2;
                    var side = isShort == opening ? ExecutionSide.Sold : ExecutionSide.Bought;
                    var execId = Invariant($"bench.{exec++:x8}");
                    sw.Restart();
                    await journal.RecordExecutionAsync(new ExecutionReport(execId, id, null, intent.OrderRef.ToString(),
                        101 + (i * 4) + leg, false, side, 1, prices[leg], at), cancellationToken);
                    await journal.RecordCommissionAsync(new CommissionReport(execId, 1.10m), cancellationToken);
                    executionLatencies.Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            if (i % 10 == 0)
            {
                await journal.SetNotesAsync(tradeId, Invariant($"note {i}, with \"quotes\""), cancellationToken);
            }
        }

        var elapsed = total.Elapsed;
        output.WriteLine(Invariant($"insert: {Trades:N0} trades (4 legs, 2 orders, 8 executions + commissions each) in {elapsed.TotalSeconds:F1} s = {Trades / elapsed.TotalSeconds:F0} trades/s"));
        output.WriteLine(Invariant($"  intent commit latency: p50 {Percentile(intentLatencies, 0.50):F2} ms, p99 {Percentile(intentLatencies, 0.99):F2} ms"));
        output.WriteLine(Invariant($"  execution + commission commit latency: p50 {Percentile(executionLatencies, 0.50):F2} ms, p99 {Percentile(executionLatencies, 0.99):F2} ms"));
    }

    private static async Task QueryAsync(IJournal journal, TextWriter output, CancellationToken cancellationToken)
    {
        var query = new TradeQuery
        {
            From = new DateOnly(1995, 1, 1),
            To = new DateOnly(2015, 12, 31),
            Mode = TradingMode.Simulated,
            Outcome = TradeOutcome.Winners,
            SortBy = TradeSortField.PnlNet,
            Descending = true,
            Page = 3,
            PageSize = 50,
        };
        var first = await journal.QueryTradesAsync(query, cancellationToken);
        const int Runs = 20;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            await journal.QueryTradesAsync(query, cancellationToken);
        }

        output.WriteLine(Invariant($"query: winners 1995-2015 sorted by net P/L, page 3 of 50 ({first.TotalCount:N0} match, {first.Trades.Count} returned): {sw.Elapsed.TotalMilliseconds / Runs:F1} ms average of {Runs}"));
        sw.Restart();
        var notes = await journal.QueryTradesAsync(new TradeQuery { NotesContain = "\"quotes\"", PageSize = 50 }, cancellationToken);
        output.WriteLine(Invariant($"query: notes text search ({notes.TotalCount:N0} match): {sw.Elapsed.TotalMilliseconds:F1} ms"));
    }

    private static async Task ExportAsync(IJournal journal, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        var sw = Stopwatch.StartNew();
        var tradesFile = Path.Combine(folder, "trades.csv");
        var legsFile = Path.Combine(folder, "legs.csv");
        await using (var trades = new StreamWriter(tradesFile))
        await using (var legs = new StreamWriter(legsFile))
        {
            await journal.ExportCsvAsync(new TradeQuery(), trades, legs, cancellationToken);
        }

        output.WriteLine(Invariant($"export CSV: all {Trades:N0} trades + {Trades * 4:N0} legs in {sw.Elapsed.TotalMilliseconds:F0} ms ({new FileInfo(tradesFile).Length / 1024.0 / 1024.0:F1} MiB + {new FileInfo(legsFile).Length / 1024.0 / 1024.0:F1} MiB)"));
    }

    private static DateOnly NextWeekday(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        return day;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
