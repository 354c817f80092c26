using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Tws.Mapping;
using Dapper;
using Microsoft.Data.Sqlite;
using static Condor.Engine.Journal.JournalFormat;

namespace Condor.Engine.Journal;

/// <summary>
/// The journal's order state: every status report is kept once in the history, and the order's current state
/// (<c>orders.status</c>: an <see cref="OrderPhase"/> name) moves only through <see cref="OrderLifecycle.Apply"/>.
/// </summary>
internal static class OrderStateWriter
{
    /// <summary>The stored state of a journaled order not yet sent.</summary>
    public static readonly string IntentStatus = nameof(OrderPhase.Intent);

    public static async Task<bool> RecordStatusAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        OrderStatusUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var order = await OrderIdentityWriter.FindAsync<OrderStateRow>(
            connection, transaction, OrderStateRow.Columns, mode, update.PermId, update.ClientId, update.OrderId, cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO order_status_history (mode, order_id, order_row_id, perm_id, status, filled, remaining,
                avg_fill_price, received_utc)
            VALUES (@Mode, @OrderId, @OrderRowId, @PermId, @Status, @Filled, @Remaining, @AvgFillPrice, @Now)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                Mode = mode.ToString(),
                update.OrderId,
                OrderRowId = order?.Id,
                update.PermId,
                update.Status,
                Filled = Money(update.Filled),
                Remaining = Money(update.Remaining),
                AvgFillPrice = Money(update.AvgFillPrice),
                Now = Instant(now),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (order is null)
        {
            return inserted > 0;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE orders SET perm_id = coalesce(perm_id, @PermId) WHERE id = @Id",
            new { order.Id, update.PermId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (OrderStatusMapping.ParseStatus(update.Status) is not { } status)
        {
            return inserted > 0; // an undocumented status is history only; it never moves the order
        }

        // A report identical to an earlier one is still applied: IB repeating "Submitted" after a PendingCancel
        // means it kept the order working.
        var current = await LoadAsync(connection, transaction, order, cancellationToken).ConfigureAwait(false);
        var next = current.Apply(OrderLifecycleEvent.Status(status, update.Filled, update.Remaining, update.AvgFillPrice));
        var changed = await SaveAsync(connection, transaction, order.Id, current, next, now, cancellationToken).ConfigureAwait(false);
        return inserted > 0 || changed;
    }

    /// <summary>
    /// Applies an order error that changes the lifecycle (a refused cancel or modification,
    /// <see cref="OrderLifecycleEvent.ForError"/>); true when it changed the order's state.
    /// </summary>
    public static async Task<bool> RecordErrorAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        OrderErrorReported error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        // IB sends an order's errors only to the client that placed it: matched by order id alone
        var order = await OrderIdentityWriter.FindAsync<OrderStateRow>(
            connection, transaction, OrderStateRow.Columns, mode, null, null, error.OrderId, cancellationToken).ConfigureAwait(false);
        if (order is null)
        {
            return false;
        }

        var current = await LoadAsync(connection, transaction, order, cancellationToken).ConfigureAwait(false);
        if (OrderLifecycleEvent.ForError(error.Code, current.Phase) is not { } e
            || OrderTransitions.Find(current.Phase, e.Trigger) is null)
        {
            return false; // no lifecycle meaning, or not possible for this order (the journal records facts, it does not guess)
        }

        return await SaveAsync(connection, transaction, order.Id, current, current.Apply(e), now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored phase text as a phase; IB's texts stored by older versions are read as their phase.</summary>
    public static OrderPhase PhaseOf(string stored) => stored switch
    {
        "ApiPending" => OrderPhase.PendingSubmit,
        "ApiCancelled" => OrderPhase.Cancelled,
        _ when Enum.GetNames<OrderPhase>().Contains(stored, StringComparer.Ordinal) => Enum.Parse<OrderPhase>(stored),
        _ => OrderPhase.PendingSubmit, // unreadable: sent, state unknown (reconcile)
    };

    private static async Task<OrderLifecycle> LoadAsync(
        SqliteConnection connection, SqliteTransaction transaction, OrderStateRow order, CancellationToken cancellationToken)
    {
        var phase = PhaseOf(order.Status);
        OrderPhase? restore = null;
        if (phase is OrderPhase.CancelRequested or OrderPhase.PendingCancel or OrderPhase.PendingModify)
        {
            // the phase a refusal goes back to: the order's last reported phase before the cancel
            var last = await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
                """
                SELECT status FROM order_status_history WHERE order_row_id = @Id
                    AND status IN ('ApiPending', 'PendingSubmit', 'PreSubmitted', 'Submitted', 'Inactive')
                ORDER BY id DESC LIMIT 1
                """, new { order.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            restore = last is null ? null : PhaseOf(last);
        }

        var terms = new OrderTerms(order.Quantity, ParseMoneyOrNull(order.LimitPrice), ParseMoneyOrNull(order.AuxPrice));
        var fill = new OrderFill(ParseMoney(order.Filled), ParseMoneyOrNull(order.Remaining), ParseMoneyOrNull(order.AvgFillPrice));
        return OrderLifecycle.Restored(phase, terms, fill, restore);
    }

    private static async Task<bool> SaveAsync(
        SqliteConnection connection, SqliteTransaction transaction, long id, OrderLifecycle current, OrderLifecycle next,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (next == current)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE orders SET status = @Status, filled = @Filled, remaining = @Remaining, avg_fill_price = @AvgFillPrice,
                updated_utc = @Now
            WHERE id = @Id
            """,
            new
            {
                Id = id,
                Status = next.Phase.ToString(),
                Filled = Money(next.Filled),
                Remaining = Money(next.Remaining),
                AvgFillPrice = Money(next.AvgFillPrice),
                Now = Instant(now),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return true;
    }
}
