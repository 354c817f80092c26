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

/// <summary>The kill switch's closing order: one combo, a limit chased from the mid toward the natural, then market.</summary>
internal sealed partial class KillSwitch
{
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
}
