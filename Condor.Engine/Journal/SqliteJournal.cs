using Condor.Engine.Broker;
using Condor.Engine.Configuration;
using Condor.Engine.Market;
using Dapper;
using static Condor.Engine.Journal.JournalFormat;

namespace Condor.Engine.Journal;

/// <summary>The journal on SQLite (see <see cref="IJournal"/>); one instance per trading mode.</summary>
internal sealed class SqliteJournal : IJournal
{
    private const string OrderColumns =
        "id AS Id, trade_id AS TradeId, order_ref AS OrderRef, order_id AS OrderId, perm_id AS PermId, action AS Action, " +
        "order_type AS OrderType, quantity AS Quantity, limit_price AS LimitPrice, aux_price AS AuxPrice, " +
        "oca_group AS OcaGroup, status AS Status, filled AS Filled, remaining AS Remaining, " +
        "avg_fill_price AS AvgFillPrice, created_utc AS CreatedUtc, updated_utc AS UpdatedUtc";

    private readonly JournalDatabase database;
    private readonly TimeProvider time;
    private readonly JournalBackup backup;

    public SqliteJournal(JournalDatabase database, TradingMode mode, string backupFolder, int backupCopies, TimeProvider time)
    {
        this.database = database;
        this.time = time;
        Mode = mode;
        backup = new JournalBackup(database, backupFolder, backupCopies, time);
    }

    public TradingMode Mode { get; }

    private string ModeText => Mode.ToString();

    /// <summary>Opens (creating and migrating) the journal file for <paramref name="mode"/>.</summary>
    public static async Task<SqliteJournal> OpenAsync(
        JournalLocation location, JournalOptions options, TradingMode mode, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(options);
        var database = await JournalDatabase.OpenAsync(location.DatabasePath, options, time, cancellationToken)
            .ConfigureAwait(false);
        return new SqliteJournal(database, mode, location.BackupFolder, options.BackupCopies, time);
    }

    public Task<SessionState?> GetSessionAsync(DateOnly sessionDate, CancellationToken cancellationToken) =>
        database.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<(string Phase, string? Reason)>(new CommandDefinition(
                "SELECT phase, no_trade_reason FROM sessions WHERE session_date = @Date AND mode = @ModeText",
                new { Date = Date(sessionDate), ModeText }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row.Phase is null ? null : new SessionState(sessionDate, row.Phase, row.Reason);
        }, cancellationToken);

    public Task SaveSessionAsync(SessionState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return database.WriteAsync((c, tx) => c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sessions (session_date, mode, phase, no_trade_reason, updated_utc)
            VALUES (@Date, @ModeText, @Phase, @NoTradeReason, @Now)
            ON CONFLICT (session_date, mode) DO UPDATE SET phase = excluded.phase,
                no_trade_reason = excluded.no_trade_reason, updated_utc = excluded.updated_utc
            """,
            new { Date = Date(state.SessionDate), ModeText, state.Phase, state.NoTradeReason, Now = Instant(time.GetUtcNow()) },
            tx, cancellationToken: cancellationToken)), cancellationToken);
    }

    public Task<string?> GetEngineFlagAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return database.ReadAsync(c => c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT value FROM engine_flags WHERE mode = @ModeText AND key = @key",
            new { ModeText, key }, cancellationToken: cancellationToken)), cancellationToken);
    }

    public Task SetEngineFlagAsync(string key, string? value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return database.WriteAsync((c, tx) => c.ExecuteAsync(new CommandDefinition(
            value is null
                ? "DELETE FROM engine_flags WHERE mode = @ModeText AND key = @key"
                : """
                  INSERT INTO engine_flags (mode, key, value, updated_utc) VALUES (@ModeText, @key, @value, @Now)
                  ON CONFLICT (mode, key) DO UPDATE SET value = excluded.value, updated_utc = excluded.updated_utc
                  """,
            new { ModeText, key, value, Now = Instant(time.GetUtcNow()) }, tx, cancellationToken: cancellationToken)), cancellationToken);
    }

    public Task<bool> TryClaimSessionKeyAsync(DateOnly sessionDate, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return database.WriteAsync(async (c, tx) => await c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO session_keys (session_date, mode, key, claimed_utc) VALUES (@Date, @ModeText, @key, @Now)
            ON CONFLICT DO NOTHING
            """,
            new { Date = Date(sessionDate), ModeText, key, Now = Instant(time.GetUtcNow()) }, tx,
            cancellationToken: cancellationToken)).ConfigureAwait(false) > 0, cancellationToken);
    }

    public Task<long> RecordTradeAsync(NewTrade trade, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trade);
        return database.WriteAsync(async (c, tx) =>
        {
            var existing = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM trades WHERE session_date = @Date AND mode = @ModeText",
                new { Date = Date(trade.SessionDate), ModeText }, tx, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (existing is { } other)
            {
                throw new InvalidOperationException(
                    $"Trade {other} is already journaled for {Date(trade.SessionDate)} in {Mode}: at most one trade per day.");
            }

            var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO trades (session_date, mode, underlying, contracts, multiplier, status, entry_limit,
                    margin_used, created_utc)
                VALUES (@Date, @ModeText, @Underlying, @Contracts, @Multiplier, @Status, @EntryLimit, @MarginUsed, @Now)
                RETURNING id
                """,
                new
                {
                    Date = Date(trade.SessionDate),
                    ModeText,
                    trade.Underlying,
                    trade.Contracts,
                    trade.Multiplier,
                    Status = nameof(TradeStatus.Pending),
                    EntryLimit = Money(trade.EntryLimit),
                    MarginUsed = Money(trade.MarginUsed),
                    Now = Instant(time.GetUtcNow()),
                }, tx, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var leg in trade.Legs)
            {
                await c.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO legs (trade_id, position, option_right, strike, con_id, entry_delta, entry_iv, entry_mid)
                    VALUES (@id, @Position, @Right, @Strike, @ConId, @Delta, @ImpliedVolatility, @Mid)
                    """,
                    new
                    {
                        id,
                        Position = leg.Position.ToString(),
                        Right = leg.Position.Right(),
                        Strike = Money(leg.Strike),
                        leg.ConId,
                        leg.Delta,
                        leg.ImpliedVolatility,
                        Mid = Money(leg.Mid),
                    }, tx, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            return id;
        }, cancellationToken);
    }

    public Task<RecordedIntent> RecordOrderIntentAsync(OrderIntent intent, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => GatewayEventWriter.RecordIntentAsync(c, tx, Mode, time.GetUtcNow(), intent,
            cancellationToken), cancellationToken);

    public Task AttachOrderIdAsync(OrderRef orderRef, int clientId, int orderId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (c, tx) =>
            {
                await OrderIdentityWriter.AttachAsync(c, tx, Mode, time.GetUtcNow(), orderRef, clientId, orderId, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    public Task<int> GetHighestOrderIdAsync(int clientId, CancellationToken cancellationToken) =>
        database.ReadAsync(c => OrderIdentityWriter.HighestOrderIdAsync(c, Mode, clientId, cancellationToken), cancellationToken);

    public Task<bool> RecordOrderStatusAsync(OrderStatusUpdate update, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => OrderStateWriter.RecordStatusAsync(c, tx, Mode, time.GetUtcNow(), update,
            cancellationToken), cancellationToken);

    public Task<bool> RecordOrderErrorAsync(OrderErrorReported error, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => OrderStateWriter.RecordErrorAsync(c, tx, Mode, time.GetUtcNow(), error,
            cancellationToken), cancellationToken);

    public Task<bool> RecordExecutionAsync(ExecutionReport execution, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => GatewayEventWriter.RecordExecutionAsync(c, tx, Mode, time.GetUtcNow(),
            execution, cancellationToken), cancellationToken);

    public Task<bool> RecordCommissionAsync(CommissionReport report, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => GatewayEventWriter.RecordCommissionAsync(c, tx, Mode, time.GetUtcNow(), report,
            cancellationToken), cancellationToken);

    public Task<TradeRecord> CloseTradeAsync(long tradeId, ExpirySettlement? settlement, CancellationToken cancellationToken) =>
        database.WriteAsync(async (c, tx) =>
        {
            _ = await ReadOwnTradeAsync(c, tx, tradeId, cancellationToken).ConfigureAwait(false);
            var figures = await TradeRecalculator.RecalculateAsync(c, tx, tradeId, settlement, cancellationToken)
                .ConfigureAwait(false);
            if (!figures.FullyClosed)
            {
                var open = string.Join(", ", figures.Legs.Select(l => $"leg {l.LegId}: opened {l.OpenedQuantity}, closed {l.ClosedQuantity}"));
                throw new InvalidOperationException(
                    $"Trade {tradeId} cannot be closed: {(figures.OpenedContracts == 0 ? "it never opened" : open)}" +
                    (settlement is null ? " (no expiry settlement given)." : "."));
            }

            return (await TradeReader.ReadOneAsync(c, tradeId, tx, cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);

    public Task AbandonTradeAsync(long tradeId, string reason, CancellationToken cancellationToken) =>
        database.WriteAsync(async (c, tx) =>
        {
            var trade = await ReadOwnTradeAsync(c, tx, tradeId, cancellationToken).ConfigureAwait(false);
            if (trade.Status != TradeStatus.Pending)
            {
                throw new InvalidOperationException($"Trade {tradeId} is {trade.Status}; only a pending trade can be abandoned.");
            }

            return await c.ExecuteAsync(new CommandDefinition(
                "UPDATE trades SET status = @Status, status_reason = @reason WHERE id = @tradeId",
                new { Status = nameof(TradeStatus.NotFilled), reason, tradeId }, tx,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }, cancellationToken);

    public Task SetNotesAsync(long tradeId, string notes, CancellationToken cancellationToken) =>
        database.WriteAsync(async (c, tx) =>
        {
            _ = await ReadOwnTradeAsync(c, tx, tradeId, cancellationToken).ConfigureAwait(false);
            return await c.ExecuteAsync(new CommandDefinition("UPDATE trades SET notes = @notes WHERE id = @tradeId",
                new { notes, tradeId }, tx, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }, cancellationToken);

    public Task<TradeRecord?> GetOpenTradeAsync(DateOnly sessionDate, CancellationToken cancellationToken) =>
        database.ReadAsync(async c => (await TradeReader.ReadAsync(c,
            "WHERE t.session_date = @Date AND t.mode = @ModeText AND t.status IN ('Pending', 'Open')", "",
            new { Date = Date(sessionDate), ModeText }, null, cancellationToken).ConfigureAwait(false))
            .SingleOrDefault(), cancellationToken);

    public Task<TradeRecord?> GetTradeAsync(long tradeId, CancellationToken cancellationToken) =>
        database.ReadAsync(c => TradeReader.ReadOneAsync(c, tradeId, null, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<OrderRecord>> GetOrdersAsync(long tradeId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<OrderRecord>>(async c => (await c.QueryAsync<OrderRow>(new CommandDefinition(
            $"SELECT {OrderColumns} FROM orders WHERE trade_id = @tradeId ORDER BY id", new { tradeId },
            cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(r => r.ToRecord()).ToList(),
            cancellationToken);

    public Task<OrderRecord?> FindOrderAsync(OrderRef orderRef, CancellationToken cancellationToken) =>
        database.ReadAsync(async c => (await c.QuerySingleOrDefaultAsync<OrderRow>(new CommandDefinition(
            $"SELECT {OrderColumns} FROM orders WHERE mode = @ModeText AND order_ref = @Ref",
            new { ModeText, Ref = orderRef.ToString() }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            ?.ToRecord(), cancellationToken);

    public Task<TradePage> QueryTradesAsync(TradeQuery query, CancellationToken cancellationToken)
    {
        var filter = TradeLogFilter.From(query);
        return database.ReadAsync(async c =>
        {
            var total = await c.ExecuteScalarAsync<int>(new CommandDefinition(
                $"SELECT count(*) FROM trades t {filter.Where}", filter.Parameters,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            var trades = await TradeReader.ReadAsync(c, filter.Where, filter.OrderBy + " " + filter.Page,
                filter.Parameters, null, cancellationToken).ConfigureAwait(false);
            return new TradePage(trades, total, query.Page, query.PageSize);
        }, cancellationToken);
    }

    public async Task ExportCsvAsync(TradeQuery query, TextWriter trades, TextWriter legs, CancellationToken cancellationToken)
    {
        var filter = TradeLogFilter.From(query);
        var all = await database.ReadAsync(c => TradeReader.ReadAsync(c, filter.Where, filter.OrderBy,
            filter.Parameters, null, cancellationToken), cancellationToken).ConfigureAwait(false);
        await TradeCsvExporter.WriteAsync(all, trades, legs, cancellationToken).ConfigureAwait(false);
    }

    public Task<long> RecordQuoteCaptureAsync(QuoteCapture capture, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => DailyRecordWriter.InsertQuoteCaptureAsync(c, tx, Mode, capture, cancellationToken),
            cancellationToken);

    public Task<IReadOnlyList<QuoteCapture>> GetQuoteCapturesAsync(long tradeId, CancellationToken cancellationToken) =>
        database.ReadAsync(c => DailyRecordWriter.ReadQuoteCapturesAsync(c, tradeId, cancellationToken), cancellationToken);

    public Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => DailyRecordWriter.InsertAuditAsync(c, tx, Mode, time.GetUtcNow(), entry,
            cancellationToken), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(DateTimeOffset fromUtc, int take, CancellationToken cancellationToken) =>
        database.ReadAsync(c => DailyRecordWriter.ReadAuditAsync(c, Mode, fromUtc, take, cancellationToken), cancellationToken);

    public Task RecordNotificationAsync(NotificationRecord notification, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => DailyRecordWriter.InsertNotificationAsync(c, tx, Mode, time.GetUtcNow(),
            notification, cancellationToken), cancellationToken);

    public Task SaveEquitySnapshotAsync(EquitySnapshot snapshot, CancellationToken cancellationToken) =>
        database.WriteAsync((c, tx) => DailyRecordWriter.UpsertEquityAsync(c, tx, Mode, time.GetUtcNow(), snapshot,
            cancellationToken), cancellationToken);

    public Task<string> BackupAsync(CancellationToken cancellationToken) => backup.RunAsync(cancellationToken);

    private async Task<TradeRecord> ReadOwnTradeAsync(
        Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, long tradeId,
        CancellationToken cancellationToken)
    {
        var trade = await TradeReader.ReadOneAsync(c, tradeId, tx, cancellationToken).ConfigureAwait(false);
        return trade is not null && trade.Mode == Mode
            ? trade
            : throw new InvalidOperationException($"Trade {tradeId} is not in the {Mode} journal.");
    }
}
