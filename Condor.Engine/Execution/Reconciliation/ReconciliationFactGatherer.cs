using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Reconciliation;

/// <summary>
/// Reads the facts (the I/O half; <see cref="ReconciliationPlanner"/> is the pure half): the session's trade and its
/// orders from the journal, then from the gateway the open orders of every client (reqAllOpenOrders: with Condor's
/// client id as the gateway's Master API client id it also sees TWS's and the broker's orders), today's completed
/// orders, today's executions and the account's positions. The gateway answers one query after the other, so a
/// fill arriving between two answers can make one reconciliation see an unexplained position: that cell only
/// journals and alerts, and the next reconciliation sees the fill.
/// </summary>
internal static class ReconciliationFactGatherer
{
    public static async Task<ReconciliationFacts> GatherAsync(
        IBrokerGateway gateway, IJournal journal, DateOnly session, int clientId, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(time);
        var trade = await journal.GetOpenTradeAsync(session, cancellationToken).ConfigureAwait(false)
            ?? (await journal.QueryTradesAsync(new TradeQuery { From = session, To = session, Mode = journal.Mode, PageSize = 1 }, cancellationToken)
                .ConfigureAwait(false)).Trades.FirstOrDefault();
        var orders = trade is null ? [] : await journal.GetOrdersAsync(trade.Id, cancellationToken).ConfigureAwait(false);

        var open = await gateway.GetOpenOrdersAsync(OpenOrdersScope.AllClients, cancellationToken).ConfigureAwait(false);
        var completed = await gateway.GetCompletedOrdersAsync(apiOnly: false, cancellationToken).ConfigureAwait(false);
        var executions = await gateway.GetExecutionsAsync(new ExecutionFilter(), cancellationToken).ConfigureAwait(false);
        var positions = await gateway.GetPositionsAsync(cancellationToken).ConfigureAwait(false);

        var now = time.GetUtcNow();
        var readable = executions.Select(e => BrokerFacts.FromExecution(e, now, gateway.GatewayZone)).ToList();
        return new ReconciliationFacts(
            session,
            clientId,
            trade,
            orders,
            [.. open.Where(o => !o.Order.WhatIf).Select(BrokerFacts.FromOpen)],
            [.. completed.Select(BrokerFacts.FromCompleted)],
            [.. readable.OfType<ExecutionReport>().DistinctBy(e => e.ExecId)],
            [.. positions.Select(p => BrokerFacts.FromPosition(p, now)).OfType<BrokerPosition>()],
            readable.Count(e => e is null));
    }
}
