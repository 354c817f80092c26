using Condor.Engine.Broker;
using Condor.Engine.Journal;
using Condor.Engine.Strategy;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// What every order-side component works with: the broker boundary, the mode's journal, the strategy's rules, the one
/// clock (every wait and timeout runs on it; no wall-clock sleeps), the API client id (the journal keys order ids by
/// it) and a logger (until notifications exist, the log is the alert channel).
/// </summary>
internal sealed record OrderContext(
    IBrokerGateway Gateway,
    IJournal Journal,
    StrategyOptions Options,
    TimeProvider Time,
    int ClientId,
    ILogger Logger)
{
    /// <summary>Records an audit line of the engine's.</summary>
    public Task AuditAsync(AuditKind kind, string message, long? tradeId, CancellationToken cancellationToken, string? detail = null) =>
        Journal.AppendAuditAsync(new AuditEntry(AuditActor.Engine, kind, message, detail, tradeId), cancellationToken);

    /// <summary>An alert stamped with the clock's now, logged as it is made.</summary>
    public OrderAlert Alert(OrderAlertSeverity severity, string code, string message, long? tradeId)
    {
        var alert = new OrderAlert(Time.GetUtcNow(), severity, code, message, tradeId);
        OrdersLog.Alert(Logger, severity, code, Journal.Mode, message);
        return alert;
    }
}
