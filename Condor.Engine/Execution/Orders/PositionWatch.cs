using System.Globalization;
using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Market;
using Condor.Engine.Strategy;
using Condor.Engine.Tws.Client;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Watches one open position (issue 12, "Protection that does not depend on one mechanism"); the one object per open
/// position the engine talks to. <see cref="OnBrokerEventAsync"/>: feed it EVERY broker event from the bracket's
/// placement on; it journals the exits' events, tracks them (<see cref="Exits"/>) and runs the <see cref="ExitRepair"/>
/// when an exit is cancelled, rejected or missing. <see cref="ObserveAsync"/> (call it at least once a second): live
/// P/L per leg and in total ($ and % of credit), the index's distance to each short strike; a short-strike touch by
/// the index alerts once per strike, never acts; and Condor's own stop: when the combo's mid debit is at or beyond the
/// stop trigger for <see cref="StrategyOptions.StopConfirmSeconds"/> and the resting stop has not filled, the resting
/// profit-target LIMIT order of the same OCA group is MODIFIED to a marketable debit (price changed, type kept; the
/// OCA group then cancels the stop and the time exit) — never a second closing order — with an urgent alert. A refused
/// modification leaves the order as it was and is escalated (urgent); it is not tried again.
/// </summary>
internal sealed class PositionWatch
{
    private readonly OpenPosition _position;
    private readonly BracketResult _bracket;
    private readonly OrderContext _context;
    private readonly ExitRepair _repair;
    private readonly HashSet<string> _repaired = new(StringComparer.Ordinal);
    private readonly HashSet<OptionRight> _touched = [];
    private DateTimeOffset? _breachSince;
    private bool _ownStopDone;

    public PositionWatch(OpenPosition position, BracketResult bracket, OrderContext context)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(bracket);
        ArgumentNullException.ThrowIfNull(context);
        _position = position;
        _bracket = bracket;
        _context = context;
        _repair = new ExitRepair(context);
        Exits = new ExitBook(bracket.Exits);
    }

    /// <summary>The exits as the broker's events tell them (for the snapshot: each exit's status).</summary>
    public ExitBook Exits { get; }

    /// <summary>True once Condor's own stop re-priced the target to a marketable debit.</summary>
    public bool TargetRepriced { get; private set; }

    /// <summary>True once the exits' executions closed the whole position.</summary>
    public bool IsClosed => Exits.ExecutedQuantity >= _position.Quantity;

    /// <summary>
    /// Takes a broker event: an exit's status, execution, commission or error is journaled and tracked; a cancelled,
    /// rejected or missing exit runs the repair (once per attempt). Returns the alerts to publish.
    /// </summary>
    public async Task<IReadOnlyList<OrderAlert>> OnBrokerEventAsync(BrokerEvent brokerEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brokerEvent);
        if (!Exits.TryApply(brokerEvent, e => _context.Gateway.OrderOf(e)?.OrderRef, out var role))
        {
            return [];
        }

        var alerts = new List<OrderAlert>();
        try
        {
            await BrokerEventJournal.RecordAsync(_context.Journal, brokerEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (JournalUnavailableException ex)
        {
            alerts.Add(Urgent("journal-unavailable", "The journal could not record an exit event: " + ex.Message));
        }

        if (role is not { } changed || brokerEvent is not OrderStatusChanged)
        {
            return alerts;
        }

        var exit = Exits.Order(changed)!;
        var condition = Exits.Condition(changed);
        if (condition is ExitCondition.Working or ExitCondition.Executed || !_repaired.Add(exit.Order.OrderRef))
        {
            return alerts;
        }

        alerts.AddRange(await RepairAsync(cancellationToken).ConfigureAwait(false));
        return alerts;
    }

    /// <summary>Runs the repair over the exits now (e.g. after the bracket, when an exit was refused at once).</summary>
    public async Task<IReadOnlyList<OrderAlert>> RepairAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Exits.Roles)
        {
            _repaired.Add(Exits.Order(role)!.Order.OrderRef);
        }

        var facts = await _repair.GatherAsync(_position, Exits, cancellationToken).ConfigureAwait(false);
        var result = await _repair.RepairAsync(facts, cancellationToken).ConfigureAwait(false);
        foreach (var replaced in result.Replaced)
        {
            Exits.Replace(replaced);
        }

        return result.Alerts;
    }

    /// <summary>One look at the market: P/L, touch alerts, and the own stop watch (may modify the target).</summary>
    public async Task<WatchReport> ObserveAsync(PositionTick tick, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tick);
        var now = _context.Time.GetUtcNow();
        var pnl = PositionFigures.Of(_position, tick, now);
        var alerts = new List<OrderAlert>();
        if (tick.Index is { } index)
        {
            Touch(alerts, OptionRight.Put, index <= _position.Legs.Condor.ShortPut.Strike, _position.Legs.Condor.ShortPut.Strike, index);
            Touch(alerts, OptionRight.Call, index >= _position.Legs.Condor.ShortCall.Strike, _position.Legs.Condor.ShortCall.Strike, index);
        }

        var repriced = await WatchStopAsync(tick, pnl.MidDebit, now, alerts, cancellationToken).ConfigureAwait(false);
        return new WatchReport(pnl, alerts, repriced);
    }

    private void Touch(List<OrderAlert> alerts, OptionRight right, bool touched, decimal strike, decimal index)
    {
        if (touched && _touched.Add(right))
        {
            alerts.Add(_context.Alert(OrderAlertSeverity.Warning, "short-strike-touched",
                Say($"The index ({index:0.00}) touched the short {right.ToString().ToLowerInvariant()} {strike}: no action (the owner's rule)."), _position.TradeId));
        }
    }

    private async Task<bool> WatchStopAsync(PositionTick tick, decimal? midDebit, DateTimeOffset now, List<OrderAlert> alerts, CancellationToken cancellationToken)
    {
        var stopTrigger = _bracket.Plan.StopTrigger.Value;
        if (_ownStopDone || IsClosed || midDebit is not { } mid || mid < stopTrigger || Exits.Fill(OrderRole.Stop)?.HasExecution == true)
        {
            _breachSince = null;
            return false;
        }

        _breachSince ??= now;
        if (now - _breachSince < TimeSpan.FromSeconds(_context.Options.StopConfirmSeconds))
        {
            return false;
        }

        _ownStopDone = true;
        var target = Exits.Order(OrderRole.Target);
        if (target is null || Exits.Condition(OrderRole.Target) != ExitCondition.Working)
        {
            alerts.Add(Urgent("own-stop-no-target", Say($"The combo's mid ({mid:0.00##}) is at or beyond the stop ({stopTrigger:0.00##}) for {_context.Options.StopConfirmSeconds} s and the broker's stop has not filled, but no profit-target order is working to re-price. No second closing order is sent: act now.")));
            return false;
        }

        var debit = MarketableDebit(tick, mid);
        var remaining = _position.Quantity - Exits.ExecutedQuantity + (Exits.Fill(OrderRole.Target)?.Filled ?? 0m);
        var modified = CondorOrders.MarketableTarget(target.Order, debit) with { TotalQuantity = remaining };
        OrderPlacement placement;
        try
        {
            placement = await _context.Gateway.ModifyOrderAsync(target.Order.OrderRef, _bracket.Combo, modified, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Tws.Transport.TwsConnectionLostException or ArgumentException)
        {
            placement = new OrderPlacement(target.Order.OrderRef, 0, PlacementOutcome.Unknown, string.Empty, now, null, ex.Message);
        }

        if (placement.Outcome == PlacementOutcome.Acknowledged)
        {
            TargetRepriced = true;
            var text = Say($"Own stop: the combo's mid ({mid:0.00##}) stayed at or beyond the stop ({stopTrigger:0.00##}) for {_context.Options.StopConfirmSeconds} s and the broker's stop has not fired; the profit target {target.Order.OrderRef} is re-priced to a marketable debit of {debit:0.00##} (the OCA group cancels the stop and the time exit).");
            await _context.AuditAsync(AuditKind.OrderAction, text, _position.TradeId, cancellationToken).ConfigureAwait(false);
            alerts.Add(Urgent("own-stop", text));
            return true;
        }

        var refused = Say($"Own stop: re-pricing the profit target {target.Order.OrderRef} to {debit:0.00##} was refused ({placement.Outcome} {placement.ErrorCode} {placement.Reason}); the order stays as it was. The combo's mid ({mid:0.00##}) is beyond the stop ({stopTrigger:0.00##}): act now.");
        await _context.AuditAsync(AuditKind.Error, refused, _position.TradeId, cancellationToken).ConfigureAwait(false);
        alerts.Add(Urgent("own-stop-refused", refused));
        return false;
    }

    /// <summary>The debit that buys the condor back at once: the natural (short asks − long bids), never below the mid, rounded UP to the combo tick.</summary>
    private decimal MarketableDebit(PositionTick tick, decimal mid)
    {
        var q = tick.Quotes;
        var natural = q.ShortPut.Ask is { } spa && q.ShortCall.Ask is { } sca && q.LongPut.Bid is { } lpb && q.LongCall.Bid is { } lcb
            ? spa + sca - lpb - lcb
            : mid;
        return _position.Legs.Contract.ComboTick.RoundUp(Math.Max(Math.Max(natural, mid), 0.01m)).Value;
    }

    private OrderAlert Urgent(string code, string text) => _context.Alert(OrderAlertSeverity.Urgent, code, text, _position.TradeId);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
