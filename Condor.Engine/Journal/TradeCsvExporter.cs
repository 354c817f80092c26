using Condor.Engine.Market;
using CsvHelper;
using static Condor.Engine.Journal.JournalFormat;

namespace Condor.Engine.Journal;

/// <summary>
/// Writes trades as CSV with CsvHelper: RFC 4180 (fields with commas, quotes or line breaks are quoted, quotes doubled),
/// invariant culture (CsvHelper's default format provider), header from the <see cref="CsvRecordAttribute"/> row types.
/// </summary>
internal static class TradeCsvExporter
{
    public static async Task WriteAsync(
        IReadOnlyList<TradeRecord> trades, TextWriter tradesWriter, TextWriter legsWriter, CancellationToken cancellationToken)
    {
        await using (var csv = CsvWriter.Create(tradesWriter, CsvWriterOptions.Default, leaveOpen: true))
        {
            await csv.WriteRecordsAsync(trades.Select(ToRow), cancellationToken).ConfigureAwait(false);
        }

        await using (var csv = CsvWriter.Create(legsWriter, CsvWriterOptions.Default, leaveOpen: true))
        {
            await csv.WriteRecordsAsync(trades.SelectMany(t => t.Legs.Select(l => ToRow(t, l))), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private static TradeCsvRow ToRow(TradeRecord t)
    {
        LegRecord lp = t.Leg(LegPosition.LongPut), sp = t.Leg(LegPosition.ShortPut);
        LegRecord sc = t.Leg(LegPosition.ShortCall), lc = t.Leg(LegPosition.LongCall);
        return new TradeCsvRow(
            t.Id, Date(t.SessionDate), t.Mode.ToString(), t.Underlying, t.Status.ToString(), t.Contracts,
            Instant(t.EntryUtc), Instant(t.ExitUtc), t.MinutesInTrade, t.EntryLimit, t.Credit, t.ExitPrice,
            t.ExitReason?.ToString(), t.PnlGross, t.Commissions, t.PnlNet, t.MarginUsed,
            lp.Strike, lp.OpenPrice, lp.ClosePrice, lp.EntryDelta,
            sp.Strike, sp.OpenPrice, sp.ClosePrice, sp.EntryDelta,
            sc.Strike, sc.OpenPrice, sc.ClosePrice, sc.EntryDelta,
            lc.Strike, lc.OpenPrice, lc.ClosePrice, lc.EntryDelta,
            t.Notes);
    }

    private static LegCsvRow ToRow(TradeRecord t, LegRecord l) => new(
        t.Id, Date(t.SessionDate), l.Position.ToString(), l.Right, l.Strike, l.ConId, l.EntryDelta,
        l.EntryImpliedVolatility, l.EntryMid, l.OpenPrice, l.ClosePrice, l.Commission);
}
