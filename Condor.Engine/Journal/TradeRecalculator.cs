using Dapper;
using Microsoft.Data.Sqlite;
using static Condor.Engine.Journal.JournalFormat;

namespace Condor.Engine.Journal;

/// <summary>
/// Rewrites a trade's derived columns from its recorded executions (inside the caller's transaction).
/// The broker is the truth: a trade whose legs are all closed becomes Closed, one with open contracts
/// becomes Open again even if it had been closed or abandoned.
/// </summary>
internal static class TradeRecalculator
{
    public static async Task<TradeFigures> RecalculateAsync(
        SqliteConnection connection, SqliteTransaction transaction, long tradeId, ExpirySettlement? newSettlement,
        CancellationToken cancellationToken)
    {
        var trade = await connection.QuerySingleAsync<TradeRow>(new CommandDefinition(
            $"SELECT {TradeReader.TradeColumns} FROM trades t WHERE t.id = @tradeId", new { tradeId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var legs = (await connection.QueryAsync<LegRow>(new CommandDefinition(
            $"SELECT {TradeReader.LegColumns} FROM legs l WHERE l.trade_id = @tradeId", new { tradeId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Select(l => new LegFacts(l.Id, ParseEnum<LegPosition>(l.Position), ParseMoney(l.Strike)))
            .ToList();
        var fills = (await connection.QueryAsync<FillRow>(new CommandDefinition(
            """
            SELECT e.leg_id AS LegId, e.side AS Side, e.quantity AS Quantity, e.price AS Price,
                   e.exec_utc AS ExecUtc, c.commission AS Commission, o.role AS Role
            FROM executions e
            LEFT JOIN commissions c ON c.mode = e.mode AND c.exec_id = e.exec_id
            LEFT JOIN orders o ON o.id = e.order_row_id
            WHERE e.trade_id = @tradeId AND e.leg_id IS NOT NULL
            """, new { tradeId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Select(f => new FillFact(f.LegId, ExecutionSides.Parse(f.Side), f.Quantity, ParseMoney(f.Price),
                ParseInstant(f.ExecUtc), ParseMoneyOrNull(f.Commission),
                f.Role is null ? null : ParseEnum<OrderRole>(f.Role)))
            .ToList();

        var settlement = newSettlement ?? (trade.SettlementPrice is { } price
            ? new ExpirySettlement(ParseMoney(price), ParseInstant(trade.SettlementUtc!))
            : null);
        var figures = TradeCalculator.Compute(trade.Multiplier, legs, fills, settlement);
        var status = figures.FullyClosed ? TradeStatus.Closed
            : figures.OpenedContracts > 0 ? TradeStatus.Open
            : ParseEnum<TradeStatus>(trade.Status);

        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE trades SET status = @Status, entry_utc = @EntryUtc, exit_utc = @ExitUtc, credit = @Credit,
                exit_price = @ExitPrice, exit_reason = @ExitReason, pnl_gross = @PnlGross,
                commissions = @Commissions, pnl_net = @PnlNet, commissions_pending = @CommissionsPending,
                settlement_price = @SettlementPrice, settlement_utc = @SettlementUtc
            WHERE id = @Id
            """,
            new
            {
                Id = tradeId,
                Status = status.ToString(),
                EntryUtc = Instant(figures.EntryUtc),
                ExitUtc = Instant(figures.ExitUtc),
                Credit = Money(figures.Credit),
                ExitPrice = Money(figures.ExitPrice),
                ExitReason = figures.ExitReason?.ToString(),
                PnlGross = Money(figures.PnlGross),
                Commissions = Money(figures.Commissions),
                PnlNet = Money(figures.PnlNet),
                figures.CommissionsPending,
                SettlementPrice = Money(settlement?.Price),
                SettlementUtc = Instant(settlement?.AtUtc),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        foreach (var leg in figures.Legs)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE legs SET open_price = @OpenPrice, close_price = @ClosePrice, commission = @Commission WHERE id = @Id",
                new
                {
                    Id = leg.LegId,
                    OpenPrice = Money(leg.OpenPrice),
                    ClosePrice = Money(leg.ClosePrice),
                    Commission = Money(leg.Commission),
                }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        return figures;
    }
}
