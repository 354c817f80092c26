using Condor.Engine.Broker;
using Condor.Engine.Configuration;

namespace Condor.Engine.Journal;

/// <summary>
/// The journal: the owner's record and the engine's memory across restarts, for one trading mode.
/// Every write is committed before the method returns; a journal that cannot be written throws
/// <see cref="JournalUnavailableException"/> (the engine fails closed: no order). Gateway events are
/// idempotent: recording the same event again returns false and changes nothing.
/// </summary>
internal interface IJournal
{
    TradingMode Mode { get; }

    Task<SessionState?> GetSessionAsync(DateOnly sessionDate, CancellationToken cancellationToken);

    Task SaveSessionAsync(SessionState state, CancellationToken cancellationToken);

    /// <summary>Claims a once-per-session key (e.g. "entry-sent"); false when it was already claimed.</summary>
    Task<bool> TryClaimSessionKeyAsync(DateOnly sessionDate, string key, CancellationToken cancellationToken);

    /// <summary>An engine flag of this mode (e.g. "paused", "kill:20261123"); null when not set. Survives restarts.</summary>
    Task<string?> GetEngineFlagAsync(string key, CancellationToken cancellationToken);

    /// <summary>Sets an engine flag of this mode, or clears it when <paramref name="value"/> is null.</summary>
    Task SetEngineFlagAsync(string key, string? value, CancellationToken cancellationToken);

    /// <summary>Records the day's trade and its four legs before any order; returns the trade id.</summary>
    Task<long> RecordTradeAsync(NewTrade trade, CancellationToken cancellationToken);

    /// <summary>Records an order before it is sent; returns the orderRef to send it with.</summary>
    Task<RecordedIntent> RecordOrderIntentAsync(OrderIntent intent, CancellationToken cancellationToken);

    /// <summary>
    /// Attaches the order id the TWS client allocated just before sending (with its client id) to the intent;
    /// an intent gets one id, once (attaching the same again is a no-op).
    /// </summary>
    Task AttachOrderIdAsync(OrderRef orderRef, int clientId, int orderId, CancellationToken cancellationToken);

    /// <summary>The highest order id <paramref name="clientId"/> used in this mode's journal (0 when none): seeds the order-id allocator.</summary>
    Task<int> GetHighestOrderIdAsync(int clientId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a status report once and moves the order's state through its lifecycle (a stale report changes
    /// nothing). True when the report was new or changed the order's state.
    /// </summary>
    Task<bool> RecordOrderStatusAsync(OrderStatusUpdate update, CancellationToken cancellationToken);

    /// <summary>Applies an order error that changes the order's lifecycle (a refused cancel or modification). True when it did.</summary>
    Task<bool> RecordOrderErrorAsync(OrderErrorReported error, CancellationToken cancellationToken);

    /// <summary>Stores an execution once (by execId) and updates the trade's derived figures. True when new.</summary>
    Task<bool> RecordExecutionAsync(ExecutionReport execution, CancellationToken cancellationToken);

    /// <summary>Stores (or corrects) an execution's commission. True when it changed anything.</summary>
    Task<bool> RecordCommissionAsync(CommissionReport report, CancellationToken cancellationToken);

    /// <summary>
    /// Closes a trade from its legs' executions; legs still open settle at <paramref name="settlement"/>
    /// (expiry). Throws <see cref="InvalidOperationException"/> when legs are still open without settlement.
    /// </summary>
    Task<TradeRecord> CloseTradeAsync(long tradeId, ExpirySettlement? settlement, CancellationToken cancellationToken);

    /// <summary>Marks a trade whose entry never filled as not filled.</summary>
    Task AbandonTradeAsync(long tradeId, string reason, CancellationToken cancellationToken);

    Task SetNotesAsync(long tradeId, string notes, CancellationToken cancellationToken);

    /// <summary>The session's trade when it is pending or open; null when there is none or it has ended.</summary>
    Task<TradeRecord?> GetOpenTradeAsync(DateOnly sessionDate, CancellationToken cancellationToken);

    Task<TradeRecord?> GetTradeAsync(long tradeId, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrderRecord>> GetOrdersAsync(long tradeId, CancellationToken cancellationToken);

    Task<OrderRecord?> FindOrderAsync(OrderRef orderRef, CancellationToken cancellationToken);

    /// <summary>The trade log (any mode unless filtered).</summary>
    Task<TradePage> QueryTradesAsync(TradeQuery query, CancellationToken cancellationToken);

    /// <summary>Writes every trade matching the filters (no paging) as CSV: one row per trade, and one per leg.</summary>
    Task ExportCsvAsync(TradeQuery query, TextWriter trades, TextWriter legs, CancellationToken cancellationToken);

    Task<long> RecordQuoteCaptureAsync(QuoteCapture capture, CancellationToken cancellationToken);

    Task<IReadOnlyList<QuoteCapture>> GetQuoteCapturesAsync(long tradeId, CancellationToken cancellationToken);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(DateTimeOffset fromUtc, int take, CancellationToken cancellationToken);

    Task RecordNotificationAsync(NotificationRecord notification, CancellationToken cancellationToken);

    Task SaveEquitySnapshotAsync(EquitySnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>Copies the database (SQLite online backup) into the backup folder; keeps the newest N. Returns the file.</summary>
    Task<string> BackupAsync(CancellationToken cancellationToken);
}
