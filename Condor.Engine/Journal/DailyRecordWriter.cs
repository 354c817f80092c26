using System.Text.Json;
using System.Text.Json.Serialization;
using Condor.Engine.Configuration;
using Dapper;
using Microsoft.Data.Sqlite;
using static Condor.Engine.Journal.JournalFormat;

namespace Condor.Engine.Journal;

/// <summary>Quote captures, audit log, notifications and equity snapshots: append-style records of the day.</summary>
internal static class DailyRecordWriter
{
    // Decimals serialise exactly in JSON; enums as names so the JSON reads well and survives reordering.
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static Task<long> InsertQuoteCaptureAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, QuoteCapture capture,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(capture);
        return connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO quote_captures (mode, session_date, trade_id, purpose, captured_utc, underlying_price, vix,
                vix_prior_close, legs_json, candidates_json)
            VALUES (@Mode, @SessionDate, @TradeId, @Purpose, @CapturedUtc, @UnderlyingPrice, @Vix, @VixPriorClose,
                @LegsJson, @CandidatesJson)
            RETURNING id
            """,
            new
            {
                Mode = mode.ToString(),
                SessionDate = Date(capture.SessionDate),
                capture.TradeId,
                capture.Purpose,
                CapturedUtc = Instant(capture.CapturedUtc),
                UnderlyingPrice = Money(capture.UnderlyingPrice),
                Vix = Money(capture.Vix),
                VixPriorClose = Money(capture.VixPriorClose),
                LegsJson = JsonSerializer.Serialize(capture.Legs, Json),
                CandidatesJson = JsonSerializer.Serialize(capture.Candidates, Json),
            }, transaction, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<QuoteCapture>> ReadQuoteCapturesAsync(
        SqliteConnection connection, long tradeId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<QuoteCaptureRow>(new CommandDefinition(
            """
            SELECT session_date AS SessionDate, trade_id AS TradeId, purpose AS Purpose, captured_utc AS CapturedUtc,
                underlying_price AS UnderlyingPrice, vix AS Vix, vix_prior_close AS VixPriorClose,
                legs_json AS LegsJson, candidates_json AS CandidatesJson
            FROM quote_captures WHERE trade_id = @tradeId ORDER BY id
            """, new { tradeId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new QuoteCapture(
            ParseDate(r.SessionDate), r.TradeId, r.Purpose, ParseInstant(r.CapturedUtc),
            ParseMoneyOrNull(r.UnderlyingPrice), ParseMoneyOrNull(r.Vix), ParseMoneyOrNull(r.VixPriorClose),
            JsonSerializer.Deserialize<List<LegQuote>>(r.LegsJson, Json) ?? [],
            JsonSerializer.Deserialize<List<DeltaCandidate>>(r.CandidatesJson, Json) ?? [])).ToList();
    }

    public static Task<int> InsertAuditAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (at_utc, mode, actor, kind, message, detail, trade_id)
            VALUES (@At, @Mode, @Actor, @Kind, @Message, @Detail, @TradeId)
            """,
            new
            {
                At = Instant(entry.AtUtc ?? now),
                Mode = mode.ToString(),
                Actor = entry.Actor.ToString(),
                Kind = entry.Kind.ToString(),
                entry.Message,
                entry.Detail,
                entry.TradeId,
            }, transaction, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(
        SqliteConnection connection, TradingMode mode, DateTimeOffset fromUtc, int take, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            """
            SELECT at_utc AS AtUtc, actor AS Actor, kind AS Kind, message AS Message, detail AS Detail, trade_id AS TradeId
            FROM audit_log WHERE mode = @Mode AND at_utc >= @From ORDER BY at_utc, id LIMIT @take
            """, new { Mode = mode.ToString(), From = Instant(fromUtc), take }, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return rows.Select(r => new AuditEntry(ParseEnum<AuditActor>(r.Actor), ParseEnum<AuditKind>(r.Kind), r.Message,
            r.Detail, r.TradeId) { AtUtc = ParseInstant(r.AtUtc) }).ToList();
    }

    public static Task<int> InsertNotificationAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        NotificationRecord notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO notifications (sent_utc, mode, channel, severity, title, body, success, error)
            VALUES (@Now, @Mode, @Channel, @Severity, @Title, @Body, @Success, @Error)
            """,
            new
            {
                Now = Instant(now),
                Mode = mode.ToString(),
                notification.Channel,
                notification.Severity,
                notification.Title,
                notification.Body,
                Success = notification.Success ? 1 : 0,
                notification.Error,
            }, transaction, cancellationToken: cancellationToken));
    }

    public static Task<int> UpsertEquityAsync(
        SqliteConnection connection, SqliteTransaction transaction, TradingMode mode, DateTimeOffset now,
        EquitySnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO equity_snapshots (session_date, mode, net_liquidation, day_pnl, captured_utc)
            VALUES (@Date, @Mode, @NetLiquidation, @DayPnl, @Now)
            ON CONFLICT (session_date, mode) DO UPDATE SET net_liquidation = excluded.net_liquidation,
                day_pnl = excluded.day_pnl, captured_utc = excluded.captured_utc
            """,
            new
            {
                Date = Date(snapshot.SessionDate),
                Mode = mode.ToString(),
                NetLiquidation = Money(snapshot.NetLiquidation),
                DayPnl = Money(snapshot.DayPnl),
                Now = Instant(now),
            }, transaction, cancellationToken: cancellationToken));
    }
}
