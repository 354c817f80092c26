using System.Globalization;
using System.Threading.Channels;
using Condor.Engine.Broker;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Execution.Safety;

/// <summary>
/// The kill switch (issue 13), one press for one session:
/// <list type="number">
/// <item>persists the kill at once (engine flag <c>kill:yyyyMMdd</c> = pending, and the session's entry key claimed,
/// so no entry can be sent this session even after a restart);</item>
/// <item>cancels every working order of Condor's for the session — by orderRef, this client's orders only; never a
/// global cancel, never another client's or a foreign order — and waits on the clock for the gateway to confirm each;</item>
/// <item>closes an open condor with one combo order: a limit at the mid debit chased toward the natural debit every
/// KillRepriceIntervalSeconds, and after KillUseMarketAfterSeconds (the last resort) that limit is cancelled (confirmed)
/// and a market order replaces it (the gateway refuses to change an order's type: IB error 105; the simulator too);
/// the closing orders have role Kill, so the journal's exit reason is "kill";</item>
/// <item>confirms flat from the broker's positions, closes the trade in the journal, marks the kill done, and returns
/// an urgent alert.</item>
/// </list>
/// Idempotent: a second press after a done kill does nothing more. While disconnected the press is persisted and
/// reported pending; the engine runs it again on reconnect (<see cref="IsPendingAsync"/>).
/// </summary>
internal sealed class KillSwitch(OrderContext context, SafetyOptions options)
{
    public const string PendingState = "pending";
    public const string DoneState = "done";

    /// <summary>The engine flag holding a session's kill state.</summary>
    public static string FlagKey(DateOnly sessionDate) =>
        string.Create(CultureInfo.InvariantCulture, $"kill:{sessionDate:yyyyMMdd}");

    /// <summary>Whether the session was killed (pending or done): entries are blocked.</summary>
    public async Task<bool> IsKilledAsync(DateOnly sessionDate, CancellationToken cancellationToken) =>
        await context.Journal.GetEngineFlagAsync(FlagKey(sessionDate), cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Whether a kill of the session was accepted and not yet executed to the end.</summary>
    public async Task<bool> IsPendingAsync(DateOnly sessionDate, CancellationToken cancellationToken) =>
        await context.Journal.GetEngineFlagAsync(FlagKey(sessionDate), cancellationToken).ConfigureAwait(false) == PendingState;

    /// <summary>Presses the switch (see the class): persists it, then executes it when connected.</summary>
    public async Task<KillResult> PressAsync(KillRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var journal = context.Journal;
        var key = FlagKey(request.SessionDate);
        var state = await journal.GetEngineFlagAsync(key, cancellationToken).ConfigureAwait(false);
        if (state == DoneState)
        {
            return Result(KillOutcome.AlreadyDone, "The kill switch was already executed this session: nothing more done.", new Run(request));
        }

        if (state is null)
        {
            await journal.SetEngineFlagAsync(key, PendingState, cancellationToken).ConfigureAwait(false);
            _ = await journal.TryClaimSessionKeyAsync(request.SessionDate, TradingEngine.EntrySessionKey, cancellationToken).ConfigureAwait(false);
            await AuditAsync(request.Actor, AuditKind.Command, Say($"Kill switch pressed for {request.SessionDate:yyyy-MM-dd}: entries blocked for the session"), null, cancellationToken).ConfigureAwait(false);
        }

        var run = new Run(request);
        if (context.Gateway.State != ConnectionState.Connected)
        {
            var pending = Say($"Kill switch accepted while the gateway is {context.Gateway.State}: entries are blocked; the cancels and the close run on reconnect.");
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "kill-pending", pending, null));
            return Result(KillOutcome.Pending, pending, run);
        }

        try
        {
            return await ExecuteAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (TwsConnectionLostException ex)
        {
            var pending = Say($"Kill switch interrupted, the connection was lost ({ex.Message}): still pending, it runs again on reconnect.");
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "kill-pending", pending, run.TradeId));
            return Result(KillOutcome.Pending, pending, run);
        }
    }

    private async Task<KillResult> ExecuteAsync(Run run, CancellationToken cancellationToken)
    {
        var request = run.Request;
        var trade = await context.Journal.GetOpenTradeAsync(request.SessionDate, cancellationToken).ConfigureAwait(false);
        run.TradeId = trade?.Id;
        await using var events = context.Gateway.SubscribeBrokerEvents();

        await CancelOursAsync(run, events.Reader, cancellationToken).ConfigureAwait(false);
        if (run.NotConfirmed.Count > 0)
        {
            return await IncompleteAsync(run, Say($"Kill switch: the cancellation of {string.Join(", ", run.NotConfirmed)} is not confirmed; nothing closed yet. Still pending."), cancellationToken).ConfigureAwait(false);
        }

        if (trade is null)
        {
            return await DoneAsync(run, Say($"Kill switch executed: {run.Cancelled.Count} order(s) of Condor's cancelled (confirmed); no condor open."), null, cancellationToken).ConfigureAwait(false);
        }

        var held = await HeldAsync(trade, request.Account, cancellationToken).ConfigureAwait(false);
        if (held == 0 && trade.Status == TradeStatus.Pending)
        {
            // an entry that never filled: its chase (or reconciliation) abandons the trade; nothing to close
            return await DoneAsync(run, Say($"Kill switch executed: {run.Cancelled.Count} order(s) of Condor's cancelled (confirmed); the entry of trade {trade.Id} never filled, nothing to close."), null, cancellationToken).ConfigureAwait(false);
        }

        if (held is null)
        {
            return await IncompleteAsync(run, Say($"Kill switch: the broker's positions on trade {trade.Id}'s legs do not form the condor (ambiguous); nothing sent. Close by hand and reconcile."), cancellationToken).ConfigureAwait(false);
        }

        if (held > 0)
        {
            var legs = request.Legs ?? LegsOf(trade);
            if (!await CloseAsync(run, trade, legs, held.Value, events.Reader, cancellationToken).ConfigureAwait(false))
            {
                return await IncompleteAsync(run, Say($"Kill switch: the closing order of trade {trade.Id} did not fill ({run.ClosedQuantity} of {held} closed). Still pending: close by hand."), cancellationToken).ConfigureAwait(false);
            }
        }

        var after = await HeldAsync(trade, request.Account, cancellationToken).ConfigureAwait(false);
        if (after != 0)
        {
            return await IncompleteAsync(run, Say($"Kill switch: the broker does not show trade {trade.Id} flat after the close ({after?.ToString(CultureInfo.InvariantCulture) ?? "ambiguous"} held). Still pending."), cancellationToken).ConfigureAwait(false);
        }

        await DrainAsync(run, events.Reader, cancellationToken).ConfigureAwait(false);
        var closed = await context.Journal.CloseTradeAsync(trade.Id, null, cancellationToken).ConfigureAwait(false);
        return await DoneAsync(run, Say($"Kill switch executed: {run.Cancelled.Count} order(s) cancelled (confirmed); trade {trade.Id} closed ({run.ClosedQuantity} contract(s) by {string.Join(", ", run.CloseOrderRefs)}), flat at the broker, exit reason {closed.ExitReason}."), closed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels this client's working orders of the session (by orderRef) and waits for each to be confirmed.</summary>
    private async Task CancelOursAsync(Run run, ChannelReader<BrokerEvent> events, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"condor:{run.Request.SessionDate:yyyyMMdd}:");
        var open = await context.Gateway.GetOpenOrdersAsync(OpenOrdersScope.AllClients, cancellationToken).ConfigureAwait(false);
        var ours = open
            .Where(o => o.Order.ClientId == context.ClientId && o.Order.OrderRef.StartsWith(prefix, StringComparison.Ordinal) && IsWorking(o.OrderState.Status))
            .Select(o => o.Order.OrderRef)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var foreign = open.Count(o => !(o.Order.ClientId == context.ClientId && o.Order.OrderRef.StartsWith(prefix, StringComparison.Ordinal)));
        if (foreign > 0)
        {
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Warning, "kill-foreign-left", Say($"Kill switch: {foreign} open order(s) that are not Condor's (another client or no orderRef of ours) left untouched."), run.TradeId));
        }

        await CancelAndConfirmAsync(run, ours, events, cancellationToken).ConfigureAwait(false);
    }

    private async Task CancelAndConfirmAsync(Run run, IReadOnlyList<string> orderRefs, ChannelReader<BrokerEvent> events, CancellationToken cancellationToken)
    {
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var orderRef in orderRefs)
        {
            try
            {
                await context.Gateway.CancelOrderAsync(orderRef, cancellationToken).ConfigureAwait(false);
                waiting.Add(orderRef);
                await AuditAsync(run.Request.Actor, AuditKind.OrderAction, Say($"Kill switch: cancel sent for {orderRef}"), run.TradeId, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                // not an order this client placed in this connection's life (e.g. after a restart): it cannot be cancelled by its ref
                run.NotConfirmed.Add(orderRef);
                run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "kill-cancel-not-sent", Say($"Kill switch: {orderRef} could not be cancelled ({ex.Message})."), run.TradeId));
            }
        }

        var giveUpAt = context.Time.GetUtcNow() + TimeSpan.FromSeconds(options.KillCancelConfirmSeconds);
        while (waiting.Count > 0)
        {
            var brokerEvent = await BrokerEventReader.NextAsync(events, context.Time, giveUpAt, cancellationToken).ConfigureAwait(false);
            if (brokerEvent is null)
            {
                // the time is up: one round trip, so a confirmation already on its way is read before giving up
                _ = await context.Gateway.RequestCurrentTimeAsync(cancellationToken).ConfigureAwait(false);
                if (!events.TryRead(out brokerEvent))
                {
                    break;
                }
            }

            var about = await TakeAsync(run, brokerEvent, cancellationToken).ConfigureAwait(false);
            if (about is not null && brokerEvent is OrderStatusChanged { Status: var status } && !IsWorking(status) && waiting.Remove(about)
                && status is OrderStatus.Cancelled or OrderStatus.ApiCancelled)
            {
                run.Cancelled.Add(about); // (an order that filled meanwhile ended too; the positions tell what is left)
            }
        }

        run.NotConfirmed.AddRange(waiting);
        foreach (var orderRef in waiting)
        {
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "kill-cancel-unconfirmed", Say($"Kill switch: the gateway did not confirm the cancellation of {orderRef}."), run.TradeId));
        }
    }

    /// <summary>The contracts of the condor the broker holds: n when the four legs show the condor n times, 0 when flat, null otherwise.</summary>
    private async Task<int?> HeldAsync(TradeRecord trade, string account, CancellationToken cancellationToken)
    {
        var positions = await context.Gateway.GetPositionsAsync(cancellationToken).ConfigureAwait(false);
        var sizes = trade.Legs.Select(leg =>
        {
            var held = positions
                .Where(p => p.Contract.ConId == leg.ConId && (account.Length == 0 || p.Account == account))
                .Sum(p => p.Position ?? 0m);
            return leg.Position is LegPosition.ShortPut or LegPosition.ShortCall ? -held : held;
        }).Distinct().ToList();
        return sizes.Count == 1 && sizes[0] >= 0 && sizes[0] == decimal.Truncate(sizes[0]) ? (int)sizes[0] : null;
    }

    /// <summary>The closing chase: limit from the mid toward the natural, then market; true once filled.</summary>
    private async Task<bool> CloseAsync(Run run, TradeRecord trade, CondorLegs legs, int quantity, ChannelReader<BrokerEvent> events, CancellationToken cancellationToken)
    {
        var tradeId = trade.Id;
        var combo = CondorOrders.Combo(legs);
        var started = context.Time.GetUtcNow();
        var marketAt = started + TimeSpan.FromSeconds(options.KillUseMarketAfterSeconds);
        var quote = run.Request.Quotes is { } quotes ? await quotes(cancellationToken).ConfigureAwait(false) : null;
        var prices = quote is null ? null : Debits(quote, legs);
        if (options.KillUseMarketAfterSeconds == 0 || prices is null)
        {
            return await MarketAsync(run, tradeId, combo, quantity, events, cancellationToken).ConfigureAwait(false);
        }

        var debit = prices.Value.Mid;
        var limit = await PlaceAsync(run, tradeId, combo, Close("LMT", quantity, debit), cancellationToken).ConfigureAwait(false);
        var fill = new TrackedFill(limit.OrderRef);
        var nextAt = started + TimeSpan.FromSeconds(options.KillRepriceIntervalSeconds);
        while (fill.Filled < quantity && !fill.IsDead)
        {
            var until = nextAt < marketAt ? nextAt : marketAt;
            var brokerEvent = await BrokerEventReader.NextAsync(events, context.Time, until, cancellationToken).ConfigureAwait(false);
            if (brokerEvent is not null)
            {
                await TakeAsync(run, brokerEvent, cancellationToken, fill).ConfigureAwait(false);
                continue;
            }

            if (context.Time.GetUtcNow() >= marketAt)
            {
                break;
            }

            nextAt += TimeSpan.FromSeconds(options.KillRepriceIntervalSeconds);
            var now = run.Request.Quotes is { } q ? await q(cancellationToken).ConfigureAwait(false) : null;
            if (now is not null && Debits(now, legs) is { } current)
            {
                var next = legs.Contract.ComboTick.RoundUp(Math.Min(debit + options.KillChaseStep, Math.Max(current.Natural, debit))).Value;
                if (next > debit)
                {
                    var placement = await context.Gateway.ModifyOrderAsync(limit.OrderRef, combo, limit with { LmtPrice = -next }, cancellationToken).ConfigureAwait(false);
                    if (placement.Outcome == PlacementOutcome.Acknowledged)
                    {
                        debit = next;
                        limit = limit with { LmtPrice = -next };
                        await AuditAsync(run.Request.Actor, AuditKind.OrderAction, Say($"Kill switch: close {limit.OrderRef} re-priced to debit {next:0.00##}"), tradeId, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }

        run.ClosedQuantity = (int)fill.Filled;
        if (fill.Filled >= quantity)
        {
            return true;
        }

        // the last resort: the limit is cancelled (confirmed) before the market order is sent, so one closing order works at a time
        if (!fill.IsDead)
        {
            await CancelAndConfirmAsync(run, [limit.OrderRef], events, cancellationToken).ConfigureAwait(false);
            if (run.NotConfirmed.Contains(limit.OrderRef))
            {
                return false;
            }
        }

        // what is left is the broker's word (the limit may have filled further while its cancel was on the way)
        if (await HeldAsync(trade, run.Request.Account, cancellationToken).ConfigureAwait(false) is not { } rest)
        {
            return false;
        }

        if (rest == 0)
        {
            run.ClosedQuantity = quantity;
            return true;
        }

        var filled = await MarketAsync(run, tradeId, combo, rest, events, cancellationToken).ConfigureAwait(false);
        run.ClosedQuantity += quantity - rest;
        return filled;
    }

    private async Task<bool> MarketAsync(Run run, long tradeId, Contract combo, int quantity, ChannelReader<BrokerEvent> events, CancellationToken cancellationToken)
    {
        var order = await PlaceAsync(run, tradeId, combo, Close("MKT", quantity, null), cancellationToken).ConfigureAwait(false);
        var fill = new TrackedFill(order.OrderRef);
        var giveUpAt = context.Time.GetUtcNow() + TimeSpan.FromSeconds(options.KillMarketFillSeconds);
        while (fill.Filled < quantity && !fill.IsDead)
        {
            var brokerEvent = await BrokerEventReader.NextAsync(events, context.Time, giveUpAt, cancellationToken).ConfigureAwait(false);
            if (brokerEvent is null)
            {
                break;
            }

            await TakeAsync(run, brokerEvent, cancellationToken, fill).ConfigureAwait(false);
        }

        run.ClosedQuantity = (int)fill.Filled;
        return fill.Filled >= quantity;
    }

    /// <summary>Journals the intent (role Kill, a new attempt), then places it; returns the order as sent.</summary>
    private async Task<Order> PlaceAsync(Run run, long tradeId, Contract combo, Order draft, CancellationToken cancellationToken)
    {
        var intent = await context.Journal.RecordOrderIntentAsync(CondorOrders.IntentOf(tradeId, OrderRole.Kill, draft), cancellationToken).ConfigureAwait(false);
        var order = draft with { OrderRef = intent.OrderRef.ToString(), Account = run.Request.Account };
        await AuditAsync(run.Request.Actor, AuditKind.OrderAction, Say($"Kill switch: close {order.OrderRef}: SELL {order.TotalQuantity} {order.OrderType}{(order.LmtPrice is { } p ? " at debit " + (-p).ToString("0.00##", CultureInfo.InvariantCulture) : string.Empty)}"), tradeId, cancellationToken).ConfigureAwait(false);
        var placement = await context.Gateway.PlaceOrderAsync(combo, order, cancellationToken).ConfigureAwait(false);
        run.CloseOrderRefs.Add(order.OrderRef);
        if (context.Gateway.FindOrder(order.OrderRef) is { OrderId: { } orderId })
        {
            await context.Journal.AttachOrderIdAsync(intent.OrderRef, context.ClientId, orderId, cancellationToken).ConfigureAwait(false);
        }

        if (placement.Outcome == PlacementOutcome.Rejected)
        {
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "kill-close-rejected", Say($"Kill switch: the close {order.OrderRef} was rejected ({placement.ErrorCode} {placement.Reason})."), tradeId));
        }

        return order;
    }

    private static Order Close(string type, int quantity, decimal? debit) => new()
    {
        Action = "SELL",
        OrderType = type,
        TotalQuantity = quantity,
        Tif = CondorOrders.DayTif,
        LmtPrice = debit is { } d ? -d : null,
        Transmit = true,
    };

    /// <summary>The closing debits now: mid (rounded up to the tick) and natural (short asks − long bids); null when not priceable.</summary>
    private static (decimal Mid, decimal Natural)? Debits(IronCondor quote, CondorLegs legs)
    {
        if (ComboPricer.Price(quote).Quote is not { } combo
            || quote.ShortPut.Ask is not { } spa || quote.ShortCall.Ask is not { } sca || quote.LongPut.Bid is not { } lpb || quote.LongCall.Bid is not { } lcb)
        {
            return null;
        }

        var tick = legs.Contract.ComboTick;
        var mid = tick.RoundUp(Math.Max(combo.MidCredit, 0.05m)).Value;
        var natural = tick.RoundUp(Math.Max(spa + sca - lpb - lcb, mid)).Value;
        return (mid, natural);
    }

    /// <summary>The legs of a journaled trade (conIds and strikes; no quotes), for the closing combo.</summary>
    internal static CondorLegs LegsOf(TradeRecord trade)
    {
        LegRecord Leg(LegPosition position) => trade.Legs.Single(l => l.Position == position);
        OptionQuote Quote(LegPosition position, OptionRight right) => new(right, Leg(position).Strike, null, null, null);
        var condor = new IronCondor(Quote(LegPosition.LongPut, OptionRight.Put), Quote(LegPosition.ShortPut, OptionRight.Put),
            Quote(LegPosition.ShortCall, OptionRight.Call), Quote(LegPosition.LongCall, OptionRight.Call));
        var contract = string.Equals(trade.Underlying, IndexOptionContract.Xsp.Symbol, StringComparison.OrdinalIgnoreCase)
            ? IndexOptionContract.Xsp
            : IndexOptionContract.Spx;
        return new CondorLegs(condor, contract, Leg(LegPosition.LongPut).ConId, Leg(LegPosition.ShortPut).ConId, Leg(LegPosition.ShortCall).ConId, Leg(LegPosition.LongCall).ConId);
    }

    /// <summary>Journals an event about one of our orders (idempotent) and applies it to <paramref name="fill"/>; returns the orderRef it is about.</summary>
    private async Task<string?> TakeAsync(Run run, BrokerEvent brokerEvent, CancellationToken cancellationToken, TrackedFill? fill = null)
    {
        var about = context.Gateway.OrderOf(brokerEvent)?.OrderRef ?? (brokerEvent as OrderExecuted)?.OrderRef;
        if (fill is not null && fill.IsAbout(brokerEvent, e => context.Gateway.OrderOf(e)?.OrderRef))
        {
            fill.Apply(brokerEvent);
        }

        if (about is null && brokerEvent is not CommissionReported)
        {
            return null;
        }

        try
        {
            await BrokerEventJournal.RecordAsync(context.Journal, brokerEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (JournalUnavailableException ex)
        {
            run.Alerts.Add(context.Alert(OrderAlertSeverity.Urgent, "journal-unavailable", "The journal could not record a kill event: " + ex.Message, run.TradeId));
        }

        return string.IsNullOrEmpty(about) ? null : about;
    }

    /// <summary>A round trip, so everything the gateway sent before (the last executions and commissions) is journaled.</summary>
    private async Task DrainAsync(Run run, ChannelReader<BrokerEvent> events, CancellationToken cancellationToken)
    {
        _ = await context.Gateway.RequestCurrentTimeAsync(cancellationToken).ConfigureAwait(false);
        while (events.TryRead(out var brokerEvent))
        {
            await TakeAsync(run, brokerEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<KillResult> DoneAsync(Run run, string message, TradeRecord? trade, CancellationToken cancellationToken)
    {
        await context.Journal.SetEngineFlagAsync(FlagKey(run.Request.SessionDate), DoneState, cancellationToken).ConfigureAwait(false);
        await AuditAsync(run.Request.Actor, AuditKind.Decision, message, run.TradeId, cancellationToken).ConfigureAwait(false);
        run.Alerts.Insert(0, context.Alert(OrderAlertSeverity.Urgent, "kill", message, run.TradeId));
        return Result(KillOutcome.Done, message, run, trade, flat: true);
    }

    private async Task<KillResult> IncompleteAsync(Run run, string message, CancellationToken cancellationToken)
    {
        await AuditAsync(run.Request.Actor, AuditKind.Error, message, run.TradeId, cancellationToken).ConfigureAwait(false);
        run.Alerts.Insert(0, context.Alert(OrderAlertSeverity.Urgent, "kill", message, run.TradeId));
        return Result(KillOutcome.Incomplete, message, run);
    }

    private Task AuditAsync(AuditActor actor, AuditKind kind, string message, long? tradeId, CancellationToken cancellationToken) =>
        context.Journal.AppendAuditAsync(new AuditEntry(actor, kind, message, null, tradeId), cancellationToken);

    private static KillResult Result(KillOutcome outcome, string message, Run run, TradeRecord? trade = null, bool flat = false) =>
        new(outcome, message, [.. run.Cancelled], [.. run.NotConfirmed], [.. run.CloseOrderRefs], run.ClosedQuantity, flat, trade, [.. run.Alerts]);

    private static bool IsWorking(string status) =>
        status is not ("Cancelled" or "ApiCancelled" or "Filled" or "Inactive");

    private static bool IsWorking(OrderStatus status) =>
        status is not (OrderStatus.Cancelled or OrderStatus.ApiCancelled or OrderStatus.Filled or OrderStatus.Inactive);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One press's working state.</summary>
    private sealed class Run(KillRequest request)
    {
        public KillRequest Request { get; } = request;

        public long? TradeId { get; set; }

        public List<string> Cancelled { get; } = [];

        public List<string> NotConfirmed { get; } = [];

        public List<string> CloseOrderRefs { get; } = [];

        public int ClosedQuantity { get; set; }

        public List<OrderAlert> Alerts { get; } = [];
    }
}
