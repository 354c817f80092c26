using Condor.Engine.Configuration;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Condor.Engine.Journal;

/// <summary>
/// Order identity in the journal: the order id attached to an intent once allocated, the lookups of gateway
/// events by permId then (client id, order id) — the keys the TWS client correlates by — and the highest id
/// used, which seeds the client's order-id allocator.
/// </summary>
internal static class OrderIdentityWriter
{
    /// <summary>Attaches the order id (and its client) to the intent; an intent gets one id, once.</summary>
    public static async Task AttachAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        OrderRef orderRef, int clientId, int orderId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(orderId);
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, int OrderId, int? ClientId)>(new CommandDefinition(
            "SELECT id, order_id, client_id FROM orders WHERE mode = @Mode AND order_ref = @Ref",
            new { Mode = mode.ToString(), Ref = orderRef.ToString() }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row.Id == 0)
        {
            throw new InvalidOperationException($"No intent {orderRef} in the {mode} journal.");
        }

        if (row.OrderId != 0)
        {
            if (row.OrderId == orderId && row.ClientId == clientId)
            {
                return; // idempotent
            }

            throw new InvalidOperationException($"Intent {orderRef} already has order id {row.OrderId} (client {row.ClientId}): one intent, one id.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE orders SET order_id = @OrderId, client_id = @ClientId, updated_utc = @Now WHERE id = @Id",
            new { OrderId = orderId, ClientId = clientId, row.Id, Now = JournalFormat.Instant(now) }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Our order a gateway event is about: by permId when known, else by (client id, order id); null when none.</summary>
    public static Task<OrderLookupRow?> FindAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, long? permId, int? clientId, int orderId,
        CancellationToken cancellationToken) =>
        FindAsync<OrderLookupRow>(connection, transaction, GatewayEventWriter.OrderLookupColumns, mode, permId, clientId, orderId, cancellationToken);

    /// <summary>As <see cref="FindAsync(SqliteConnection, SqliteTransaction, TradingMode, long?, int?, int, CancellationToken)"/>, reading <paramref name="columns"/> into <typeparamref name="TRow"/>.</summary>
    public static Task<TRow?> FindAsync<TRow>(
        SqliteConnection connection, SqliteTransaction transaction, string columns, TradingMode mode, long? permId, int? clientId, int orderId,
        CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<TRow?>(new CommandDefinition(
            $"""
            SELECT {columns} FROM orders
            WHERE mode = @Mode AND (
                (@PermId IS NOT NULL AND perm_id = @PermId)
                OR (order_id = @OrderId AND order_id > 0 AND (@ClientId IS NULL OR client_id IS NULL OR client_id = @ClientId)
                    AND (@PermId IS NULL OR perm_id IS NULL OR perm_id = @PermId)))
            ORDER BY (perm_id IS NOT NULL AND perm_id = @PermId) DESC, id DESC LIMIT 1
            """,
            new { Mode = mode.ToString(), PermId = permId, ClientId = clientId, OrderId = orderId }, transaction,
            cancellationToken: cancellationToken));

    /// <summary>The highest order id this client used in this mode's journal (0 when none).</summary>
    public static Task<int> HighestOrderIdAsync(SqliteConnection connection, TradingMode mode, int clientId, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT ifnull(max(order_id), 0) FROM orders WHERE mode = @Mode AND (client_id = @ClientId OR client_id IS NULL)",
            new { Mode = mode.ToString(), ClientId = clientId }, cancellationToken: cancellationToken));
}
