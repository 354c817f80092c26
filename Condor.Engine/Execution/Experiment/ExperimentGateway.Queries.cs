using Condor.Engine.Tws.Client;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Execution.Experiment;

/// <summary>
/// The order queries answer the experiment's own orders, executions and positions (the real account's are not
/// the experiment's); like a gateway, open orders also come as order events (openOrder and orderStatus), and the
/// commission of each execution as an order event after it.
/// </summary>
internal sealed partial class ExperimentGateway
{
    /// <summary>The experiment's working orders, for both scopes (it has no other client's orders).</summary>
    public async Task<IReadOnlyList<OpenOrderMessage>> GetOpenOrdersAsync(OpenOrdersScope scope, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            var open = new List<OpenOrderMessage>();
            foreach (var order in _book.WorkingOrders())
            {
                var message = ExperimentWire.Open(order, _book.Account);
                open.Add(message);
                Publish(message, now);
                Publish(ExperimentWire.Status(order), now);
            }

            return open;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The experiment's filled and cancelled orders of the day.</summary>
    public async Task<IReadOnlyList<CompletedOrderMessage>> GetCompletedOrdersAsync(bool apiOnly, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _book.CompletedOrders();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The experiment's executions of today matching the filter; each leg's commission follows as an order event.</summary>
    public async Task<IReadOnlyList<ExecDetailsMessage>> GetExecutionsAsync(ExecutionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            var matching = _book.ExecutionsMatching(filter, now, GatewayZone ?? Market.ExchangeTime.NewYork);
            foreach (var (_, commission) in matching)
            {
                if (commission is not null)
                {
                    Publish(new CommissionReportMessage(commission), now);
                }
            }

            return [.. matching.Select(e => e.Exec)];
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The experiment's positions (closed legs at 0 for the day; expired legs until the overnight processing), never the real account's.</summary>
    public async Task<IReadOnlyList<PositionMessage>> GetPositionsAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _book.PositionReports(_time.GetUtcNow());
        }
        finally
        {
            _gate.Release();
        }
    }
}
