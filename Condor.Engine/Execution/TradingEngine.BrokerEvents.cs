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

        if (orderRef.Role == OrderRole.Entry || _day is not { Position: { } position } day || orderRef.SessionDate != day.Date)
        {
            return CommandOutcome.Done("entry events are the chase's");
        }

        if (day.Watch is not { } watch)
        {
            return CommandOutcome.Done("no watch");
        }

        await RaiseAsync(await watch.OnBrokerEventAsync(brokerEvent, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        if (watch.IsClosed)
        {
            StopWatch(day);
            day.Position = null;
            var trade = await _journal.GetTradeAsync(position.TradeId, cancellationToken).ConfigureAwait(false);
            var why = trade?.ExitReason?.ToString() ?? orderRef.Role.ToString();
            Notice($"Trade {position.TradeId} closed ({why}), P/L {trade?.PnlNet?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            await AuditAsync(AuditActor.Engine, AuditKind.Decision, $"Trade {position.TradeId} closed by {order.OrderRef} ({why})", cancellationToken, tradeId: position.TradeId).ConfigureAwait(false);
        }

        Publish(day);
        return CommandOutcome.Done("applied");
    }
}
