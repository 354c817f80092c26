using Condor.Engine.Execution.Entry;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Strategy;

namespace Condor.Engine.Execution;

/// <summary>
/// Phases 2–5 of the entry: the guards (one trade per session; no entry when the broker already has one of
/// today's entry orders), read the index and VIX, the VIX filters, and the strike scan on the live chain
/// (re-scanned until the deadline while no leg qualifies: a cold start's greeks may still be on their way).
/// </summary>
internal sealed partial class TradingEngine
{
    /// <summary>How often the entry re-reads the market while it waits (greeks, the minimum credit), on the engine's clock.</summary>
    internal static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private async Task EnterAsync(TradingDay day, SessionTimeline timeline, bool manual, CancellationToken cancellationToken)
    {
        if (day.EntryAttempted || day.Board.IsFinished)
        {
            return;
        }

        var now = _time.GetUtcNow();
        if (!manual && now >= timeline.Deadline)
        {
            await NoTradeAsync(day, FirstOpenPhase(day), "missed the entry window", urgent: false, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (day.Warm is null)
        {
            await WarmupAsync(day, cancellationToken).ConfigureAwait(false);
            if (day.Board.IsFinished)
            {
                return;
            }

            if (day.Warm is null)
            {
                await NoTradeAsync(day, EntryPhase.Connect, $"not ready for the entry: {day.Board[EntryPhase.Connect].Message}", urgent: true, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        day.EntryAttempted = true;
        var entryTime = manual ? _time.GetUtcNow() : timeline.Entry;
        var deadline = manual && entryTime + (timeline.Deadline - timeline.Entry) > timeline.Deadline
            ? entryTime + (timeline.Deadline - timeline.Entry)
            : timeline.Deadline;
        if (await GuardsRefuseAsync(day, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var book = day.Warm;
        if (!await ReadAndFilterAsync(day, book, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        StartPhase(day, EntryPhase.FindStrikes, "scanning today's chain");
        var scan = await ScanUntilAsync(day, book, deadline, cancellationToken).ConfigureAwait(false);
        if (scan is null)
        {
            return;
        }

        CompletePhase(day, EntryPhase.FindStrikes, day.Decision!.Why);
        await SendAsync(day, timeline, book, entryTime, deadline, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True (and no trade recorded) when a guard refuses the entry.</summary>
    private async Task<bool> GuardsRefuseAsync(TradingDay day, CancellationToken cancellationToken)
    {
        if (await SafetyRefusesEntryAsync(day, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var open = await _journal.GetOpenTradeAsync(day.Date, cancellationToken).ConfigureAwait(false);
        var guard = TradeGuards.Check(new GuardInput(open is null ? 0 : 1, EntryOrderWorking: false, OpenPositionContracts: 0));
        if (!guard.Allowed)
        {
            await NoTradeAsync(day, EntryPhase.Wait, guard.Reason, urgent: false, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (Mode != Configuration.TradingMode.Experiment
            && await FindTodaysEntryAtBrokerAsync(day.Date, cancellationToken).ConfigureAwait(false) is { } found)
        {
            await NoTradeAsync(day, EntryPhase.Wait, $"the broker already has today's entry ({found}): no new entry", urgent: true, cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <summary>Phases 3 and 4; false when the day ended there.</summary>
    private async Task<bool> ReadAndFilterAsync(TradingDay day, ChainBook book, CancellationToken cancellationToken)
    {
        StartPhase(day, EntryPhase.Read, "reading the index and VIX");
        var index = book.IndexQuote;
        var vix = book.VixQuote;
        var spot = index?.Quote.Last;
        Events.Publish(new QuoteSnapshot(Mode, _time.GetUtcNow(), spot, vix?.Quote.Last, null, null));
        day.Decision = new DayDecision(day.Date, null, null, null, string.Empty, null, spot, vix?.Quote.Last, null, null, null);
        if (spot is null)
        {
            await NoTradeAsync(day, EntryPhase.Read, $"no {book.Contract.Symbol} last price{FailuresOf(book)}", urgent: true, cancellationToken).ConfigureAwait(false);
            return false;
        }

        CompletePhase(day, EntryPhase.Read, $"{book.Contract.Symbol} {spot:0.00} (prior close {index!.Close?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}), VIX {vix?.Quote.Last?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} (prior close {vix?.Close?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-"})");
        StartPhase(day, EntryPhase.CheckFilters, "checking the VIX filters");
        var checks = EntryFilters.Vix(vix?.Quote.Last, vix?.Close, _settings.Strategy);
        if (checks.FirstOrDefault(c => c.Blocks) is { } blocking)
        {
            await NoTradeAsync(day, EntryPhase.CheckFilters, $"{blocking.Filter}: {blocking.Detail}", urgent: false, cancellationToken).ConfigureAwait(false);
            return false;
        }

        CompletePhase(day, EntryPhase.CheckFilters, string.Join("; ", checks.Select(c => $"{c.Filter}: {c.Detail}")));
        return true;
    }

    /// <summary>How long a just-subscribed option may take to deliver model greeks before it is scanned without them (IB: 0.5–3 s).</summary>
    internal static readonly TimeSpan GreeksPatience = TimeSpan.FromSeconds(5);

    /// <summary>Phase 5, repeated until a condor can be built or the deadline; null (no trade recorded) at the deadline.</summary>
    private async Task<StrikeScanResult?> ScanUntilAsync(TradingDay day, ChainBook book, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (book.IndexQuote?.Quote.Last is { } spot && await book.RecenterAsync(spot, cancellationToken).ConfigureAwait(false) is > 0 and var added)
            {
                ReportPhase(day, EntryPhase.FindStrikes, Text($"chain re-centred on {book.Contract.Symbol} {spot:0.00}: {added} options subscribed"));
            }

            if (book.AwaitingGreeks(GreeksPatience) is > 0 and var awaiting && _time.GetUtcNow() + PollInterval < deadline)
            {
                ReportPhase(day, EntryPhase.FindStrikes, Text($"waiting for the model greeks of {awaiting} just-subscribed options before choosing"));
                await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var scan = StrikeScan.Scan(book.OptionQuotes(), _settings.Strategy);
            day.Decision = DecisionOf(day, scan);
            Publish(day);
            if (scan.CanTrade)
            {
                return scan;
            }

            if (_time.GetUtcNow() + PollInterval >= deadline)
            {
                await NoTradeAsync(day, EntryPhase.FindStrikes, $"{scan.NoTradeReason}{FailuresOf(book)}", urgent: false, cancellationToken).ConfigureAwait(false);
                return null;
            }

            ReportPhase(day, EntryPhase.FindStrikes, $"no condor yet ({scan.NoTradeReason}); re-scanning until {deadline:HH:mm:ss}");
            await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static DayDecision DecisionOf(TradingDay day, StrikeScanResult scan)
    {
        var previous = day.Decision ?? DayDecision.NoTrade(day.Date, string.Empty) with { NoTradeReason = null };
        var chosen = scan.Condor is { } c ? new ChosenStrikes(c.LongPut.Strike, c.ShortPut.Strike, c.ShortCall.Strike, c.LongCall.Strike) : null;
        var why = chosen is not null
            ? $"{chosen}: put {scan.Put.Explanation}; call {scan.Call.Explanation}"
            : $"no condor: {scan.NoTradeReason} (put: {scan.Put.Explanation}; call: {scan.Call.Explanation})";
        return previous with { Put = scan.Put, Call = scan.Call, Chosen = chosen, Why = why, Quote = scan.Quote };
    }
}
