using Condor.Engine.Journal;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// The open position's live figures, pure: per leg (short legs earn when their mid falls, long legs when it rises),
/// the combo's mid debit, the total against the fill credit in dollars and in % of the credit, and the index's
/// distance to each short strike (positive = still out of the money).
/// </summary>
internal static class PositionFigures
{
    public static PositionPnl Of(OpenPosition position, PositionTick tick, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(tick);
        var legs = position.Legs;
        var quotes = tick.Quotes;
        var size = (decimal)position.Quantity * legs.Contract.Multiplier;
        LegPnl Leg(LegPosition where, OptionQuote quote, int conId, int sign)
        {
            var entry = position.LegEntryPrices.TryGetValue(conId, out var price) ? price : (decimal?)null;
            var mid = quote.Mid;
            var pnl = entry is { } e && mid is { } m ? Math.Round(sign * (m - e) * size, 2) : (decimal?)null;
            return new LegPnl(where, quote.Strike, entry, mid, pnl);
        }

        IReadOnlyList<LegPnl> figures =
        [
            Leg(LegPosition.LongPut, quotes.LongPut, legs.LongPutConId, 1),
            Leg(LegPosition.ShortPut, quotes.ShortPut, legs.ShortPutConId, -1),
            Leg(LegPosition.ShortCall, quotes.ShortCall, legs.ShortCallConId, -1),
            Leg(LegPosition.LongCall, quotes.LongCall, legs.LongCallConId, 1),
        ];
        var midDebit = ComboPricer.Price(quotes).Quote?.MidCredit;
        var total = midDebit is { } d ? Math.Round((position.FillCredit - d) * size, 2) : (decimal?)null;
        var percent = midDebit is { } debit ? Math.Round((position.FillCredit - debit) / position.FillCredit * 100m, 1) : (decimal?)null;
        var index = tick.Index;
        return new PositionPnl(at, figures, midDebit, total, percent, index,
            index is { } i ? i - legs.Condor.ShortPut.Strike : null,
            index is { } j ? legs.Condor.ShortCall.Strike - j : null);
    }
}
