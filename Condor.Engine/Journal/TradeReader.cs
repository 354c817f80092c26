using Condor.Engine.Configuration;
using Condor.Engine.Market;
using Dapper;
using Microsoft.Data.Sqlite;
using static Condor.Engine.Journal.JournalFormat;

namespace Condor.Engine.Journal;

/// <summary>Reads trades with their legs; the filter SQL is applied once to trades and once (as a subquery) to legs.</summary>
internal static class TradeReader
{
    public const string TradeColumns =
        "t.id AS Id, t.session_date AS SessionDate, t.mode AS Mode, t.underlying AS Underlying, " +
        "t.contracts AS Contracts, t.multiplier AS Multiplier, t.status AS Status, t.entry_utc AS EntryUtc, " +
        "t.exit_utc AS ExitUtc, t.entry_limit AS EntryLimit, t.credit AS Credit, t.exit_price AS ExitPrice, " +
        "t.exit_reason AS ExitReason, t.pnl_gross AS PnlGross, t.commissions AS Commissions, t.pnl_net AS PnlNet, " +
        "t.commissions_pending AS CommissionsPending, t.margin_used AS MarginUsed, " +
        "t.settlement_price AS SettlementPrice, t.settlement_utc AS SettlementUtc, " +
        "t.status_reason AS StatusReason, t.notes AS Notes";

    public const string LegColumns =
        "l.id AS Id, l.trade_id AS TradeId, l.position AS Position, l.option_right AS OptionRight, " +
        "l.strike AS Strike, l.con_id AS ConId, l.entry_delta AS EntryDelta, l.entry_iv AS EntryIv, " +
        "l.entry_mid AS EntryMid, l.open_price AS OpenPrice, l.close_price AS ClosePrice, l.commission AS Commission";

    /// <summary>Trades matching <paramref name="filterSql"/> (a WHERE clause over alias t, may be empty), in <paramref name="orderSql"/>.</summary>
    public static async Task<List<TradeRecord>> ReadAsync(
        SqliteConnection connection, string filterSql, string orderSql, object? parameters,
        SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        var trades = (await connection.QueryAsync<TradeRow>(new CommandDefinition(
            $"SELECT {TradeColumns} FROM trades t {filterSql} {orderSql}", parameters, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        if (trades.Count == 0)
        {
            return [];
        }

        var legs = (await connection.QueryAsync<LegRow>(new CommandDefinition(
            $"SELECT {LegColumns} FROM legs l WHERE l.trade_id IN (SELECT t.id FROM trades t {filterSql} {orderSql})",
            parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(l => l.TradeId);
        return trades.ConvertAll(t => ToRecord(t, legs[t.Id]));
    }

    public static async Task<TradeRecord?> ReadOneAsync(
        SqliteConnection connection, long tradeId, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(connection, "WHERE t.id = @TradeId", "", new { TradeId = tradeId }, transaction,
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public static TradeRecord ToRecord(TradeRow t, IEnumerable<LegRow> legs) => new(
        t.Id,
        ParseDate(t.SessionDate),
        ParseEnum<TradingMode>(t.Mode),
        t.Underlying,
        t.Contracts,
        t.Multiplier,
        ParseEnum<TradeStatus>(t.Status),
        ParseInstantOrNull(t.EntryUtc),
        ParseInstantOrNull(t.ExitUtc),
        ParseMoneyOrNull(t.EntryLimit),
        ParseMoneyOrNull(t.Credit),
        ParseMoneyOrNull(t.ExitPrice),
        t.ExitReason is null ? null : ParseEnum<ExitReason>(t.ExitReason),
        ParseMoneyOrNull(t.PnlGross),
        ParseMoneyOrNull(t.Commissions),
        ParseMoneyOrNull(t.PnlNet),
        t.CommissionsPending,
        ParseMoneyOrNull(t.MarginUsed),
        ParseMoneyOrNull(t.SettlementPrice),
        t.StatusReason,
        t.Notes,
        legs.Select(ToRecord).OrderBy(l => l.Position).ToList());

    private static LegRecord ToRecord(LegRow l) => new(
        l.Id,
        ParseEnum<LegPosition>(l.Position),
        l.OptionRight,
        ParseMoney(l.Strike),
        l.ConId,
        l.EntryDelta,
        l.EntryIv,
        ParseMoneyOrNull(l.EntryMid),
        ParseMoneyOrNull(l.OpenPrice),
        ParseMoneyOrNull(l.ClosePrice),
        ParseMoneyOrNull(l.Commission));
}
