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
internal sealed partial class KillSwitch(OrderContext context, SafetyOptions options)
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
