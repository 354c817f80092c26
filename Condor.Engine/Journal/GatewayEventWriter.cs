using Condor.Engine.Configuration;
using Dapper;
using Microsoft.Data.Sqlite;
using static Condor.Engine.Journal.JournalFormat;

namespace Condor.Engine.Journal;

/// <summary>Writes order intents and gateway events (executions, commissions) idempotently; statuses: <see cref="OrderStateWriter"/>.</summary>
internal static class GatewayEventWriter
{
    public const string OrderLookupColumns = "id AS Id, trade_id AS TradeId, status AS Status, filled AS Filled";

    public static async Task<RecordedIntent> RecordIntentAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        OrderIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentException.ThrowIfNullOrWhiteSpace(intent.OrderType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(intent.Quantity);
        var trade = await connection.QuerySingleOrDefaultAsync<TradeRow>(new CommandDefinition(
            "SELECT id AS Id, session_date AS SessionDate, status AS Status FROM trades WHERE id = @TradeId AND mode = @Mode",
            new { intent.TradeId, Mode = mode.ToString() }, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Trade {intent.TradeId} is not in the {mode} journal.");
        if (trade.Status is nameof(TradeStatus.Closed) or nameof(TradeStatus.NotFilled))
        {
            throw new InvalidOperationException($"Trade {intent.TradeId} is {trade.Status}; no order may be sent for it.");
        }

        var attempt = 1 + await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*) FROM orders WHERE trade_id = @TradeId AND role = @Role",
            new { intent.TradeId, Role = intent.Role.ToString() }, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        var orderRef = new OrderRef(ParseDate(trade.SessionDate), intent.Role, attempt);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO orders (trade_id, mode, order_ref, role, attempt, order_id, action, order_type, quantity,
                limit_price, aux_price, oca_group, good_after_utc, status, created_utc, updated_utc)
            VALUES (@TradeId, @Mode, @OrderRef, @Role, @Attempt, 0, @Action, @OrderType, @Quantity,
                @LimitPrice, @AuxPrice, @OcaGroup, @GoodAfterUtc, @Status, @Now, @Now)
            RETURNING id
            """,
            new
            {
                intent.TradeId,
                Mode = mode.ToString(),
                OrderRef = orderRef.ToString(),
                Role = intent.Role.ToString(),
                Attempt = attempt,
                Action = intent.Action.ToString(),
                intent.OrderType,
                intent.Quantity,
                LimitPrice = Money(intent.LimitPrice),
                AuxPrice = Money(intent.AuxPrice),
                intent.OcaGroup,
                GoodAfterUtc = Instant(intent.GoodAfterUtc),
                Status = OrderStateWriter.IntentStatus,
                Now = Instant(now),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new RecordedIntent(id, orderRef);
    }

    public static async Task<bool> RecordExecutionAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        ExecutionReport execution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentException.ThrowIfNullOrWhiteSpace(execution.ExecId);
        var modeText = mode.ToString();
        var order = string.IsNullOrEmpty(execution.OrderRef)
            ? await OrderIdentityWriter.FindAsync(
                connection, transaction, mode, execution.PermId, execution.ClientId, execution.OrderId, cancellationToken).ConfigureAwait(false)
            : await connection.QuerySingleOrDefaultAsync<OrderLookupRow>(new CommandDefinition(
                $"SELECT {OrderLookupColumns} FROM orders WHERE mode = @modeText AND order_ref = @OrderRef",
                new { modeText, execution.OrderRef }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        // Not from an order of ours: attach to the open trade holding that contract (e.g. the broker liquidating it).
        var tradeId = order?.TradeId ?? await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            SELECT t.id FROM trades t JOIN legs l ON l.trade_id = t.id
            WHERE t.mode = @modeText AND t.status = 'Open' AND l.con_id = @ConId ORDER BY t.id DESC LIMIT 1
            """, new { modeText, execution.ConId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var legId = execution.IsCombo || tradeId is null
            ? null
            : await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM legs WHERE trade_id = @tradeId AND con_id = @ConId",
                new { tradeId, execution.ConId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO executions (mode, exec_id, order_id, perm_id, order_ref, order_row_id, trade_id, leg_id,
                is_combo, con_id, side, quantity, price, exec_utc, received_utc)
            VALUES (@modeText, @ExecId, @OrderId, @PermId, @OrderRef, @OrderRowId, @tradeId, @legId,
                @IsCombo, @ConId, @Side, @Quantity, @Price, @ExecUtc, @Now)
            ON CONFLICT (mode, exec_id) DO NOTHING
            """,
            new
            {
                modeText,
                execution.ExecId,
                execution.OrderId,
                execution.PermId,
                execution.OrderRef,
                OrderRowId = order?.Id,
                tradeId,
                legId,
                IsCombo = execution.IsCombo ? 1 : 0,
                execution.ConId,
                Side = execution.Side.ToWire(),
                execution.Quantity,
                Price = Money(execution.Price),
                ExecUtc = Instant(execution.ExecutedUtc),
                Now = Instant(now),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (inserted > 0 && legId is not null)
        {
            await TradeRecalculator.RecalculateAsync(connection, transaction, tradeId!.Value, null, cancellationToken)
                .ConfigureAwait(false);
        }

        return inserted > 0;
    }

    public static async Task<bool> RecordCommissionAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        CommissionReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.ExecId);
        var modeText = mode.ToString();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO commissions (mode, exec_id, commission, currency, received_utc)
            VALUES (@modeText, @ExecId, @Commission, @Currency, @Now)
            ON CONFLICT (mode, exec_id) DO UPDATE SET commission = excluded.commission,
                currency = excluded.currency, received_utc = excluded.received_utc
            WHERE commission <> excluded.commission OR currency <> excluded.currency
            """,
            new { modeText, report.ExecId, Commission = Money(report.Commission), report.Currency, Now = Instant(now) },
            transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var tradeId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT trade_id FROM executions WHERE mode = @modeText AND exec_id = @ExecId AND leg_id IS NOT NULL",
            new { modeText, report.ExecId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (changed > 0 && tradeId is { } id)
        {
            await TradeRecalculator.RecalculateAsync(connection, transaction, id, null, cancellationToken).ConfigureAwait(false);
        }

        return changed > 0;
    }
}
