using System.Globalization;
using System.Threading.Channels;
using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Phase 7, the fill chase, on the context's <see cref="TimeProvider"/> (no wall-clock sleeps): journals the trade and
/// the entry intent before placing, places ONE BAG order at the ladder's first price (the mid), re-prices it every
/// RepriceInterval by ChaseStep toward the natural price (<see cref="ChaseLadder"/>, on the legs' current quotes),
/// never below the floor (MinCredit), until filled or the deadline. At the deadline an unfilled (or partly filled)
/// order is cancelled and the cancellation confirmed by the gateway before returning; a trade with nothing filled is
/// abandoned. Every status, execution and commission of the entry is journaled as it arrives (the journal is per mode).
/// </summary>
internal sealed class EntryChase(OrderContext context)
{
    /// <summary>How long to wait (on the clock) for the gateway to confirm a cancellation before the outcome is Unknown.</summary>
    public TimeSpan CancelConfirmTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Told each step as it happens (placed, re-priced, cancel sent, ended); for the engine's snapshot and events.</summary>
    public Action<EntryProgress>? Progress { get; init; }

    /// <summary>Runs the chase to its end: filled, partial at the deadline (rest cancelled), unfilled (cancelled, trade abandoned), rejected, not sent or unknown.</summary>
    public async Task<EntryResult> RunAsync(EntryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var time = context.Time;
        var first = PriceNow(request, request.Quote);
        if (first.Action != ChaseAction.Price || first.LimitCredit is not { } credit)
        {
            return NotSent(first.Reason);
        }

        await using var events = context.Gateway.SubscribeBrokerEvents();
        var tradeId = await context.Journal.RecordTradeAsync(NewTradeOf(request, credit), cancellationToken).ConfigureAwait(false);
        var combo = CondorOrders.Combo(request.Legs);
        var draft = CondorOrders.Entry(request.Quantity, credit, new OrderRef(request.SessionDate, OrderRole.Entry, 1), request.Account);
        var intent = await context.Journal.RecordOrderIntentAsync(CondorOrders.IntentOf(tradeId, OrderRole.Entry, draft), cancellationToken).ConfigureAwait(false);
        var orderRef = intent.OrderRef.ToString();
        var order = draft with { OrderRef = orderRef };
        var run = new Run(request, tradeId, orderRef, combo, order, credit, first.StepIndex, new TrackedFill(orderRef), [])
        {
            NextRepriceAt = NextRepriceAt(request, time.GetUtcNow()),
        };
        await context.AuditAsync(AuditKind.OrderAction, Say($"Entry {orderRef}: BUY {request.Quantity} {request.Legs.Condor} at credit {credit:0.00##} ({first.Reason})"), tradeId, cancellationToken).ConfigureAwait(false);

        OrderPlacement placement;
        try
        {
            placement = await context.Gateway.PlaceOrderAsync(combo, order, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TwsConnectionLostException or TwsAccountRefusedException)
        {
            return await EndRejectedAsync(run, "Entry not sent: " + ex.Message, cancellationToken).ConfigureAwait(false);
        }

        if (placement.Outcome == PlacementOutcome.Rejected)
        {
            return await EndRejectedAsync(run, Say($"Entry rejected by the gateway ({placement.ErrorCode}): {placement.Reason}"), cancellationToken).ConfigureAwait(false);
        }

        if (context.Gateway.FindOrder(orderRef) is { OrderId: { } orderId })
        {
            await context.Journal.AttachOrderIdAsync(intent.OrderRef, context.ClientId, orderId, cancellationToken).ConfigureAwait(false);
        }

        Report(run, "Placed");
        await ChaseAsync(run, events.Reader, cancellationToken).ConfigureAwait(false);
        if (!run.Fill.IsDead && run.Fill.Filled < request.Quantity)
        {
            await CancelAndConfirmAsync(run, events.Reader, cancellationToken).ConfigureAwait(false);
        }

        await DrainAsync(run, events.Reader, cancellationToken).ConfigureAwait(false);
        var result = await EndAsync(run, placement, cancellationToken).ConfigureAwait(false);
        Report(run, "Ended");
        return result;
    }

    /// <summary>Until filled, dead, or the deadline: take events as they come, re-price at each RepriceInterval instant.</summary>
    private async Task ChaseAsync(Run run, ChannelReader<BrokerEvent> events, CancellationToken cancellationToken)
    {
        var request = run.Request;
        while (run.Fill.Filled < request.Quantity && !run.Fill.IsDead)
        {
            var now = context.Time.GetUtcNow();
            if (now >= request.Deadline)
            {
                return;
            }

            var brokerEvent = await BrokerEventReader.NextAsync(events, context.Time, run.NextRepriceAt, cancellationToken).ConfigureAwait(false);
            if (brokerEvent is not null)
            {
                await TakeAsync(run, brokerEvent, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // the instant came: the step it opened is due (even when the clock moved on past it meanwhile)
                run.NextRepriceAt = NextRepriceAt(request, context.Time.GetUtcNow());
                if (context.Time.GetUtcNow() < request.Deadline)
                {
                    await RepriceAsync(run, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task RepriceAsync(Run run, CancellationToken cancellationToken)
    {
        var quote = await run.Request.Quotes(cancellationToken).ConfigureAwait(false);
        if (quote is null)
        {
            return; // no priceable quote now: the working price stays
        }

        var step = PriceNow(run.Request, quote);
        if (step.Action != ChaseAction.Price || step.LimitCredit is not { } credit || credit == run.Credit)
        {
            run.Step = step.StepIndex;
            Report(run, "Held", step.Reason);
            return;
        }

        var modified = CondorOrders.Reprice(run.Order, credit);
        OrderPlacement placement;
        try
        {
            placement = await context.Gateway.ModifyOrderAsync(run.OrderRef, run.Combo, modified, cancellationToken).ConfigureAwait(false);
        }
        catch (TwsConnectionLostException ex)
        {
            // the order may still be working as it was: keep chasing it (the deadline's cancel tells what became of it)
            placement = new OrderPlacement(run.OrderRef, 0, PlacementOutcome.Unknown, string.Empty, context.Time.GetUtcNow(), null, ex.Message);
        }

        run.Step = step.StepIndex;
        if (placement.Outcome == PlacementOutcome.Acknowledged)
        {
            run.Order = modified;
            run.Credit = credit;
            await context.AuditAsync(AuditKind.OrderAction, Say($"Entry {run.OrderRef} re-priced to credit {credit:0.00##} ({step.Reason})"), run.TradeId, cancellationToken).ConfigureAwait(false);
            Report(run, "Repriced");
        }
        else
        {
            await context.AuditAsync(AuditKind.Error, Say($"Entry {run.OrderRef}: re-price to {credit:0.00##} not accepted ({placement.Outcome} {placement.ErrorCode} {placement.Reason}); the order stays at {run.Credit:0.00##}"), run.TradeId, cancellationToken).ConfigureAwait(false);
            Report(run, "RepriceRefused", placement.Reason);
        }
    }

    /// <summary>Cancels the working entry and waits for the gateway to say it is no longer working (or filled meanwhile).</summary>
    private async Task CancelAndConfirmAsync(Run run, ChannelReader<BrokerEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            await context.Gateway.CancelOrderAsync(run.OrderRef, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TwsConnectionLostException or ArgumentException)
        {
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "entry-cancel-not-sent", Say($"The entry {run.OrderRef} could not be cancelled ({ex.Message}): it may still be working; reconcile."), run.TradeId));
            return;
        }

        Report(run, "CancelSent");
        await context.AuditAsync(AuditKind.OrderAction, Say($"Entry {run.OrderRef}: deadline {run.Request.Deadline:HH:mm:ss} reached with {run.Fill.Filled} of {run.Request.Quantity} filled; cancel sent"), run.TradeId, cancellationToken).ConfigureAwait(false);
        var giveUpAt = context.Time.GetUtcNow() + CancelConfirmTimeout;
        while (!run.Fill.IsDead && run.Fill.Filled < run.Request.Quantity)
        {
            var brokerEvent = await BrokerEventReader.NextAsync(events, context.Time, giveUpAt, cancellationToken).ConfigureAwait(false);
            if (brokerEvent is null)
            {
                return;
            }

            await TakeAsync(run, brokerEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A round trip to the gateway: everything it sent before its answer (executions and commissions of the last
    /// fill) is dispatched; then the events already here are taken.
    /// </summary>
    private async Task DrainAsync(Run run, ChannelReader<BrokerEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            _ = await context.Gateway.RequestCurrentTimeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TwsConnectionLostException or TwsRequestTimeoutException)
        {
            // what arrived is taken below; the engine journals later events
        }

        while (events.TryRead(out var brokerEvent))
        {
            await TakeAsync(run, brokerEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task TakeAsync(Run run, BrokerEvent brokerEvent, CancellationToken cancellationToken)
    {
        if (!run.Fill.IsAbout(brokerEvent, e => context.Gateway.OrderOf(e)?.OrderRef))
        {
            return;
        }

        run.Fill.Apply(brokerEvent);
        try
        {
            await BrokerEventJournal.RecordAsync(context.Journal, brokerEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (JournalUnavailableException ex)
        {
            // the order is live: keep managing it (the broker is the truth; reconciliation adopts what was missed)
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "journal-unavailable", "The journal could not record an entry event: " + ex.Message, run.TradeId));
        }
    }

    private async Task<EntryResult> EndAsync(Run run, OrderPlacement placement, CancellationToken cancellationToken)
    {
        var fill = run.Fill;
        var quantity = run.Request.Quantity;
        var filled = (int)fill.Filled;
        var credit = fill.AveragePrice is { } average && filled > 0 ? -average : (decimal?)null;
        var confirmed = fill.IsDead;
        if (filled >= quantity)
        {
            return Result(run, EntryOutcome.Filled, credit, confirmed, Say($"Filled {filled} at an average credit of {credit:0.00##}."));
        }

        if (filled > 0)
        {
            var reason = confirmed
                ? Say($"Partly filled: {filled} of {quantity} at {credit:0.00##}; the rest is cancelled (confirmed).")
                : Say($"Partly filled: {filled} of {quantity} at {credit:0.00##}; the cancellation of the rest is NOT confirmed.");
            run.Alerts.Add(context.Alert(confirmed ? OrderAlertSeverity.Warning : OrderAlertSeverity.Urgent, "entry-partial", reason, run.TradeId));
            return Result(run, EntryOutcome.PartialAtDeadline, credit, confirmed, reason);
        }

        if (!confirmed)
        {
            var why = fill.Acknowledged || placement.Outcome == PlacementOutcome.Acknowledged
                ? "the gateway did not confirm the cancellation"
                : "the gateway never acknowledged the order";
            var reason = Say($"Entry {run.OrderRef}: {why}; it may still be working. Reconcile before anything else.");
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "entry-unknown", reason, run.TradeId));
            return Result(run, EntryOutcome.Unknown, null, false, reason);
        }

        var ended = fill.LastErrorCode is { } code && fill.Status == OrderStatus.Cancelled && context.Time.GetUtcNow() < run.Request.Deadline
            ? Say($"Entry {run.OrderRef} cancelled by the broker before the deadline ({code} {fill.LastError}); nothing filled.")
            : fill.Status == OrderStatus.Inactive
                ? Say($"Entry {run.OrderRef} inactive at the broker ({fill.LastErrorCode} {fill.LastError}); nothing filled.")
                : Say($"Entry {run.OrderRef} not filled by the deadline {run.Request.Deadline:HH:mm:ss}; cancelled (confirmed).");
        await context.Journal.AbandonTradeAsync(run.TradeId, ended, cancellationToken).ConfigureAwait(false);
        await context.AuditAsync(AuditKind.Decision, ended, run.TradeId, cancellationToken).ConfigureAwait(false);
        return Result(run, fill.Status == OrderStatus.Inactive ? EntryOutcome.Rejected : EntryOutcome.Unfilled, null, true, ended);
    }

    private async Task<EntryResult> EndRejectedAsync(Run run, string reason, CancellationToken cancellationToken)
    {
        await context.Journal.AbandonTradeAsync(run.TradeId, reason, cancellationToken).ConfigureAwait(false);
        await context.AuditAsync(AuditKind.Error, reason, run.TradeId, cancellationToken).ConfigureAwait(false);
        run.Alerts.Add(context.Alert(OrderAlertSeverity.Warning, "entry-rejected", reason, run.TradeId));
        return Result(run, EntryOutcome.Rejected, null, true, reason);
    }

    private static EntryResult Result(Run run, EntryOutcome outcome, decimal? credit, bool confirmed, string reason) =>
        new(outcome, run.TradeId, run.OrderRef, (int)run.Fill.Filled, credit, confirmed, run.Fill.LastFillAt,
            run.Fill.LegAveragePrices, reason, [.. run.Alerts]);

    private static EntryResult NotSent(string reason) =>
        new(EntryOutcome.NotSent, 0, string.Empty, 0, null, true, null, new Dictionary<int, decimal>(), reason, []);

    private ChaseStep PriceNow(EntryRequest request, IronCondor quote)
    {
        var elapsed = context.Time.GetUtcNow() - request.EntryTime;
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        var window = request.Deadline - request.EntryTime;
        var settings = request.Chase with { Window = window > TimeSpan.Zero ? window : TimeSpan.Zero };
        return ComboPricer.Price(quote).Quote is { } combo
            ? ChaseLadder.PriceAt(combo, elapsed, settings)
            : new ChaseStep(ChaseAction.WaitForMid, null, 0, "No priceable combo quote: " + ComboPricer.Price(quote).Problem);
    }

    /// <summary>The first ladder instant after <paramref name="now"/> (or the deadline).</summary>
    private static DateTimeOffset NextRepriceAt(EntryRequest request, DateTimeOffset now)
    {
        var interval = request.Chase.RepriceInterval;
        var elapsed = now - request.EntryTime;
        var steps = elapsed < TimeSpan.Zero ? 0 : (elapsed.Ticks / interval.Ticks) + 1;
        var next = request.EntryTime + TimeSpan.FromTicks(steps * interval.Ticks);
        return next < request.Deadline ? next : request.Deadline;
    }

    private static NewTrade NewTradeOf(EntryRequest request, decimal credit)
    {
        var legs = request.Legs;
        var condor = legs.Condor;
        NewLeg Leg(LegPosition position, OptionQuote quote, int conId) => new(position, quote.Strike, conId, quote.Delta, null, quote.Mid);
        return new NewTrade(
            request.SessionDate,
            legs.Contract.Symbol,
            request.Quantity,
            [
                Leg(LegPosition.LongPut, condor.LongPut, legs.LongPutConId),
                Leg(LegPosition.ShortPut, condor.ShortPut, legs.ShortPutConId),
                Leg(LegPosition.ShortCall, condor.ShortCall, legs.ShortCallConId),
                Leg(LegPosition.LongCall, condor.LongCall, legs.LongCallConId),
            ],
            credit,
            request.MarginUsed,
            legs.Contract.Multiplier);
    }

    private void Report(Run run, string what, string? reason = null) =>
        Progress?.Invoke(new EntryProgress(context.Time.GetUtcNow(), run.OrderRef, what, run.Credit, run.Step, run.Fill.Filled, reason));

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One chase's working state.</summary>
    private sealed class Run(EntryRequest request, long tradeId, string orderRef, Contract combo, Order order, decimal credit, int step, TrackedFill fill, List<OrderAlert> alerts)
    {
        public EntryRequest Request { get; } = request;

        public long TradeId { get; } = tradeId;

        public string OrderRef { get; } = orderRef;

        public Contract Combo { get; } = combo;

        public Order Order { get; set; } = order;

        public decimal Credit { get; set; } = credit;

        public int Step { get; set; } = step;

        /// <summary>The instant of the next ladder step (or the deadline).</summary>
        public DateTimeOffset NextRepriceAt { get; set; }

        public TrackedFill Fill { get; } = fill;

        public List<OrderAlert> Alerts { get; } = alerts;
    }
}
