using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Client;

/// <summary>The order queries: open orders, completed orders, executions. What they report also seeds the order-id allocator.</summary>
internal sealed partial class TwsClient
{
    /// <summary>reqOpenOrders / reqAllOpenOrders: the open orders until openOrderEnd (their statuses arrive as order events).</summary>
    public Task<IReadOnlyList<OpenOrderMessage>> GetOpenOrdersAsync(OpenOrdersScope scope, CancellationToken cancellationToken)
    {
        ITwsRequest request = scope == OpenOrdersScope.AllClients ? new ReqAllOpenOrdersRequest() : new ReqOpenOrdersRequest();
        return OneAtATimeAsync(
            OpenOrderMessage.MessageId, key => RequestListAsync<OpenOrderMessage>(key, request, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// reqAutoOpenOrders (client id 0 only): binds orders placed in TWS to this client. It has no answer of its
    /// own; bound orders arrive as order events. Completes when sent.
    /// </summary>
    public Task BindAutoOpenOrdersAsync(bool autoBind, CancellationToken cancellationToken) =>
        SendAsync(new ReqAutoOpenOrdersRequest(autoBind), -1, cancellationToken);

    /// <summary>reqCompletedOrders: today's filled and cancelled orders until completedOrdersEnd.</summary>
    public Task<IReadOnlyList<CompletedOrderMessage>> GetCompletedOrdersAsync(bool apiOnly, CancellationToken cancellationToken) =>
        OneAtATimeAsync(
            CompletedOrderMessage.MessageId,
            key => RequestListAsync<CompletedOrderMessage>(key, new ReqCompletedOrdersRequest(apiOnly), cancellationToken),
            cancellationToken);

    /// <summary>reqExecutions: today's executions matching the filter until execDetailsEnd (they are not order events).</summary>
    public Task<IReadOnlyList<ExecDetailsMessage>> GetExecutionsAsync(ExecutionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var id = _requestIds.Next();
        return RequestListAsync<ExecDetailsMessage>(id, new ReqExecutionsRequest(id, filter), cancellationToken);
    }
}
