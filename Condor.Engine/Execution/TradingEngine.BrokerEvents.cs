using Condor.Engine.Execution.Commands;
using Condor.Engine.Broker;
using Condor.Engine.Execution.Orders;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution;

/// <summary>
/// The broker's typed events (never the raw order-event stream) are handed to the loop one at a time: our orders'
/// statuses become events, the exits' events are journaled (<see cref="BrokerEventJournal"/>) and fed to the
/// position watch; once the journal shows the trade closed (an exit filled), the position is over.
/// </summary>
internal sealed partial class TradingEngine
{
    private async Task PumpBrokerEventsAsync(CancellationToken cancellationToken)
    {
        await using var events = _broker.SubscribeBrokerEvents();
        await foreach (var brokerEvent in events.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            _ = RunOnLoopAsync(ct => OnBrokerEventAsync(brokerEvent, ct));
        }
    }

    private async Task<CommandOutcome> OnBrokerEventAsync(BrokerEvent brokerEvent, CancellationToken cancellationToken)
    {
        if (_broker.OrderOf(brokerEvent) is not { } order || !OrderRef.TryParse(order.OrderRef, out var orderRef))
        {
            return CommandOutcome.Done("not ours");
        }

        var now = _time.GetUtcNow();
        switch (brokerEvent)
        {
            case OrderStatusChanged status:
                Events.Publish(new OrderUpdate(Mode, now, order.OrderRef, orderRef.Role, status.Status.ToString(), status.Filled, status.Remaining));
                break;
            case OrderExecuted { IsCombo: true } fill when orderRef.Role != OrderRole.Entry:
                Events.Publish(new Fill(Mode, now, order.OrderRef, orderRef.Role, fill.Quantity, Math.Abs(fill.Price)));
                break;
        }

        if (orderRef.Role != OrderRole.Entry)
        {
            // Every exit event is journaled here too (idempotent), also once the watch is gone or does not track it:
            // the closing legs' commission reports follow their executions, after the trade may have closed.
            try
            {
                await BrokerEventJournal.RecordAsync(_journal, brokerEvent, cancellationToken).ConfigureAwait(false);
            }
            catch (JournalUnavailableException ex)
            {
                await AlertAsync("The journal could not record an exit event: " + ex.Message, cancellationToken).ConfigureAwait(false);
            }
        }

        if (orderRef.Role == OrderRole.Entry || _day is not { Position: { } position } day || orderRef.SessionDate != day.Date)
        {
            return CommandOutcome.Done("entry events are the chase's");
        }

        if (day.Watch is { } watch)
        {
            await RaiseAsync(await watch.OnBrokerEventAsync(brokerEvent, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (watch.IsClosed && !day.Closing)
            {
                // The watch stops looking at the market but keeps taking (and journaling) the exits' late events.
                StopObserving(day);
                day.Closing = true;
            }
        }

        if (day.Closing)
        {
            await TryCloseTradeAsync(day, position, order.OrderRef, cancellationToken).ConfigureAwait(false);
        }

        Publish(day);
        return CommandOutcome.Done("applied");
    }

    /// <summary>
    /// The exits closed the whole position: the journal closes the trade from the legs' executions. Leg executions
    /// may still be on their way when the combo's fill is known; until they all are, each later event retries.
    /// </summary>
    private async Task TryCloseTradeAsync(TradingDay day, Orders.OpenPosition position, string orderRef, CancellationToken cancellationToken)
    {
        TradeRecord trade;
        try
        {
            trade = await _journal.CloseTradeAsync(position.TradeId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return; // not every leg's execution is journaled yet
        }

        day.Closing = false;
        day.Position = null;
        day.Watch = null;
        var why = trade.ExitReason?.ToString() ?? "-";
        Notice($"Trade {position.TradeId} closed ({why}), P/L {trade.PnlNet?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        await AuditAsync(AuditActor.Engine, AuditKind.Decision, $"Trade {position.TradeId} closed by {orderRef} ({why})", cancellationToken, tradeId: position.TradeId).ConfigureAwait(false);
    }
}
