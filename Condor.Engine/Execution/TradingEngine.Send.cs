using System.Globalization;
using Condor.Engine.Configuration;
using Condor.Engine.Execution.Entry;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Execution.Phases;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Execution.Timeline;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;

namespace Condor.Engine.Execution;

/// <summary>
/// Phase 6 (send): until the deadline, re-scan the live chain; check the margin (whatIf — a new one whenever the
/// strikes differ from the checked ones — or, in Experiment, (wing − credit) × 100) and the max-margin filter; size
/// the trade; send only once the mid, rounded down to the combo tick, reaches the minimum credit. Then the chase
/// (phase 7) and the exits (phase 8) are the order side's (<see cref="EntryChase"/>, <see cref="ExitBracket"/>).
/// </summary>
internal sealed partial class TradingEngine
{
    /// <summary>The journal's once-per-session key claimed just before the entry is handed to the chase.</summary>
    internal const string EntrySessionKey = "entry-sent";

    private async Task SendAsync(
        TradingDay day, SessionTimeline timeline, ChainBook book, DateTimeOffset entryTime, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        StartPhase(day, EntryPhase.Send, "checking margin and credit");
        var options = _settings.Strategy;
        ChosenStrikes? checkedStrikes = null;
        MarginView? margin = null;
        while (true)
        {
            var scan = StrikeScan.Scan(book.OptionQuotes(), options);
            day.Decision = DecisionOf(day, scan);
            if (!scan.CanTrade)
            {
                if (!await WaitOrEndAsync(day, deadline, $"no condor at send time: {scan.NoTradeReason}", cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            var condor = scan.Condor!;
            var strikes = day.Decision.Chosen!;
            if (LegsOf(book, condor) is not { } legs)
            {
                await NoTradeAsync(day, EntryPhase.Send, $"no contract id for a leg of {strikes}", urgent: true, cancellationToken).ConfigureAwait(false);
                return;
            }

            var credit = book.Contract.ComboTick.RoundDown(Math.Max(0m, scan.Quote!.MidCredit)).Value;
            if (strikes != checkedStrikes)
            {
                var (checkedMargin, abort) = await MarginAsync(day, legs, Math.Max(credit, book.Contract.ComboTick.TickAt(0m)), cancellationToken).ConfigureAwait(false);
                if (abort is not null)
                {
                    await NoTradeAsync(day, EntryPhase.Send, abort, urgent: Mode is TradingMode.Live or TradingMode.Paper, cancellationToken).ConfigureAwait(false);
                    return;
                }

                margin = checkedMargin;
                checkedStrikes = strikes;
                var marginFilter = EntryFilters.Margin(margin!.PerContract ?? Structural(strikes, credit, book), options);
                if (marginFilter.Blocks)
                {
                    day.Decision = day.Decision with { Margin = margin };
                    await NoTradeAsync(day, EntryPhase.Send, $"{marginFilter.Filter}: {marginFilter.Detail}", urgent: false, cancellationToken).ConfigureAwait(false);
                    return;
                }
            }

            day.Decision = day.Decision with { Margin = margin };
            Events.Publish(new QuoteSnapshot(Mode, _time.GetUtcNow(), book.IndexQuote?.Quote.Last, book.VixQuote?.Quote.Last, scan.Quote.MidCredit, scan.Quote.NaturalCredit));
            if (credit < options.MinCredit)
            {
                if (!await WaitOrEndAsync(
                        day, deadline,
                        Text($"credit at mid {credit} is below the minimum {options.MinCredit}"),
                        cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            var sizing = await SizeAsync(margin!, strikes, credit, book, cancellationToken).ConfigureAwait(false);
            day.Decision = day.Decision with { Quantity = sizing.Contracts };
            if (!sizing.IsTrade)
            {
                await NoTradeAsync(day, EntryPhase.Send, $"sizing: {sizing.Reason}", urgent: false, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (!await _journal.TryClaimSessionKeyAsync(day.Date, EntrySessionKey, cancellationToken).ConfigureAwait(false))
            {
                await NoTradeAsync(day, EntryPhase.Send, "an entry was already sent this session (journal): at most one trade per session", urgent: true, cancellationToken).ConfigureAwait(false);
                return;
            }

            await AuditAsync(
                AuditActor.Engine, AuditKind.Decision,
                Text($"Entry {strikes} x{sizing.Contracts} at mid {credit} (natural {scan.Quote.NaturalCredit}, min {options.MinCredit}); margin {margin!.PerContract?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"} ({margin.Source}); {sizing.Reason}"),
                cancellationToken).ConfigureAwait(false);
            CompletePhase(day, EntryPhase.Send, Text($"sending {strikes} x{sizing.Contracts} at {credit}"));
            await ChaseAndProtectAsync(day, timeline, book, legs, condor, sizing.Contracts, entryTime, deadline, margin.PerContract, cancellationToken).ConfigureAwait(false);
            return;
        }
    }

    /// <summary>Waits one poll interval when there is time before the deadline (true); otherwise records the no-trade (false).</summary>
    private async Task<bool> WaitOrEndAsync(TradingDay day, DateTimeOffset deadline, string reason, CancellationToken cancellationToken)
    {
        Publish(day);
        if (_time.GetUtcNow() + PollInterval >= deadline)
        {
            await NoTradeAsync(day, EntryPhase.Send, $"{reason} until the deadline", urgent: false, cancellationToken).ConfigureAwait(false);
            return false;
        }

        ReportPhase(day, EntryPhase.Send, $"{reason}; re-checking until {deadline:HH:mm:ss}");
        await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static CondorLegs? LegsOf(ChainBook book, IronCondor condor)
    {
        int[] ids = [book.ConIdOf(condor.LongPut), book.ConIdOf(condor.ShortPut), book.ConIdOf(condor.ShortCall), book.ConIdOf(condor.LongCall)];
        return ids.All(id => id > 0) && ids.Distinct().Count() == 4
            ? new CondorLegs(condor, book.Contract, ids[0], ids[1], ids[2], ids[3])
            : null;
    }

    private static decimal Structural(ChosenStrikes strikes, decimal credit, ChainBook book) =>
        (strikes.WingWidth - credit) * book.Contract.Multiplier;

    /// <summary>
    /// The margin of one contract: Experiment estimates it ((wing − credit) × 100, no whatIf of any kind); the others
    /// ask whatIf. A missing or bogus answer (<see cref="BogusWhatIf"/>) aborts in every mode that asks; an EMPTY
    /// answer (the gateway answered, without any margin) aborts in Live, and in Paper and Simulated unless
    /// Condor:Broker:AllowEmptyWhatIfInPaper bypasses it, which the audit log says. The client waits past an answer with
    /// unset margins for the real one (<see cref="WhatIfWait"/>), so the real one is what is checked here.
    /// </summary>
    private async Task<(MarginView? Margin, string? Abort)> MarginAsync(TradingDay day, CondorLegs legs, decimal credit, CancellationToken cancellationToken)
    {
        var strikes = day.Decision!.Chosen!;
        var structural = Math.Max(0m, strikes.WingWidth - credit) * legs.Contract.Multiplier;
        var maxLoss = strikes.WingWidth * legs.Contract.Multiplier;
        if (Mode == TradingMode.Experiment)
        {
            return (new MarginView(structural, "estimated (wing − credit) × 100 (Experiment sends no whatIf)", strikes), null);
        }

        var order = CondorOrders.Entry(1, credit, new OrderRef(day.Date, OrderRole.Entry, 1), _account);
        var answer = await _broker.WhatIfAsync(CondorOrders.Combo(legs), order, cancellationToken).ConfigureAwait(false);
        var state = answer.State;
        var empty = state is not null && state.InitMarginChange is null && state.MaintMarginChange is null;
        var bogus = state is null || empty ? null : BogusWhatIf(state, answer.HasMargins, maxLoss);
        if (answer.HasMargins && bogus is null)
        {
            return (new MarginView(state!.InitMarginChange, "whatIf", strikes), null);
        }

        var what = bogus is not null
            ? Text($"bogus whatIf answer for {strikes}: {bogus}")
            : empty ? Text($"empty whatIf answer for {strikes}") : $"no whatIf answer for {strikes}: {answer.Reason}";
        if (empty && _settings.Broker.AllowEmptyWhatIfInPaper && Mode is TradingMode.Paper or TradingMode.Simulated)
        {
            await AuditAsync(AuditActor.Engine, AuditKind.Decision,
                $"{what}: bypassed by Condor:Broker:AllowEmptyWhatIfInPaper ({Mode}); risk per contract from (wing − credit) × 100", cancellationToken).ConfigureAwait(false);
            return (new MarginView(null, "bypassed: empty whatIf answer (Condor:Broker:AllowEmptyWhatIfInPaper)", strikes), null);
        }

        return (null, $"{what}: no order without a margin answer");
    }

    /// <summary>
    /// Why a whatIf answer that carries margins is not believed; null when it is. IB marks an unset number with
    /// Double.MaxValue (1.797e308), which the decoder reads as null: an unset margin (one set, the other not) or an
    /// unset commission (IB's sentinel commission) is bogus, and so is a margin that is not positive or above
    /// <see cref="BogusMarginFactor"/> × the condor's largest possible loss, or a commission that is negative or above that
    /// loss (a NaN or 1e300 cannot be a decimal: it never reaches here as a number). An answer with no margin at all is
    /// "empty", not bogus (the Paper bypass is for that one only).
    /// </summary>
    private static string? BogusWhatIf(Tws.Protocol.Models.OrderState state, bool hasMargins, decimal maxLoss)
    {
        var limit = maxLoss * BogusMarginFactor;
        return (state.InitMarginChange, state.MaintMarginChange, state.Commission) switch
        {
            _ when !hasMargins => Text($"margins unset (initial {Shown(state.InitMarginChange)}, maintenance {Shown(state.MaintMarginChange)})"),
            ({ } initial, _, _) when initial <= 0 || initial > limit =>
                Text($"initial margin {initial} (the condor's most possible loss is {maxLoss})"),
            (_, { } maintenance, _) when maintenance < 0 || maintenance > limit =>
                Text($"maintenance margin {maintenance} (the condor's most possible loss is {maxLoss})"),
            (_, _, null) => "commission unset (IB's 1.797e308)",
            (_, _, { } commission) when commission < 0 || commission > maxLoss =>
                Text($"commission {commission} (the condor's most possible loss is {maxLoss})"),
            _ => null,
        };
    }

    private static string Shown(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "unset";

    /// <summary>A whatIf initial margin above this multiple of the condor's largest possible loss (wing × multiplier) is not believed.</summary>
    private const decimal BogusMarginFactor = 10m;

    private async Task<SizingDecision> SizeAsync(MarginView margin, ChosenStrikes strikes, decimal credit, ChainBook book, CancellationToken cancellationToken)
    {
        decimal? netLiquidation = null;
        decimal? availableFunds = null;
        if (_settings.Strategy.Sizing != SizingMode.Fixed)
        {
            var summary = await _broker.GetAccountSummaryAsync(["NetLiquidation", "AvailableFunds"], cancellationToken).ConfigureAwait(false);
            var mine = summary.Where(r => _account.Length == 0 || r.Account == _account).ToList();
            netLiquidation = Amount(mine.FirstOrDefault(r => r.Tag == "NetLiquidation")?.Value);
            availableFunds = Amount(mine.FirstOrDefault(r => r.Tag == "AvailableFunds")?.Value);
        }

        return PositionSizer.Size(
            new SizingInput(
                credit, strikes.WingWidth, book.Contract.Multiplier, margin.PerContract,
                MarginAnswerRequired: Mode == TradingMode.Live, netLiquidation, availableFunds, OpenPositionContracts: 0),
            _settings.Strategy);
    }

    private static decimal? Amount(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Any order or execution at the broker with today's entry orderRef (another instance, an earlier process); null when none.</summary>
    private async Task<string?> FindTodaysEntryAtBrokerAsync(DateOnly date, CancellationToken cancellationToken)
    {
        bool Today(string orderRef) => OrderRef.TryParse(orderRef, out var r) && r.SessionDate == date && r.Role == OrderRole.Entry;
        var open = await _broker.GetOpenOrdersAsync(OpenOrdersScope.AllClients, cancellationToken).ConfigureAwait(false);
        if (open.FirstOrDefault(o => Today(o.Order.OrderRef)) is { } working)
        {
            return $"open order {working.Order.OrderRef}";
        }

        var completed = await _broker.GetCompletedOrdersAsync(apiOnly: true, cancellationToken).ConfigureAwait(false);
        if (completed.FirstOrDefault(o => Today(o.Order.OrderRef)) is { } done)
        {
            return $"completed order {done.Order.OrderRef} ({done.OrderState.Status})";
        }

        var executions = await _broker.GetExecutionsAsync(new Tws.Protocol.Models.ExecutionFilter(), cancellationToken).ConfigureAwait(false);
        return executions.FirstOrDefault(e => Today(e.Execution.OrderRef)) is { } fill ? $"execution of {fill.Execution.OrderRef}" : null;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
