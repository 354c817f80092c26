using System.Text;
using Condor.Engine.Tws.Protocol;
using Condor.Engine.Tws.Protocol.Decoding;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Tws.Client;

/// <summary>The dispatcher: one loop over <see cref="TwsConnection.Incoming"/>, decoding and routing every frame.</summary>
internal sealed partial class TwsClient
{
    private async Task DispatchLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var fields in _connection.Incoming.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var receivedAt = _timeProvider.GetUtcNow();
                try
                {
                    Dispatch(fields, receivedAt);
                }
#pragma warning disable CA1031 // one bad frame (or a consumer's bug) must never stop the dispatcher
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    ClientLog.DispatchFailed(_logger, Hex(fields), ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // disposed
        }
    }

    private void Dispatch(IReadOnlyList<string> fields, DateTimeOffset receivedAt)
    {
        switch (ClientDecoder.Decode(fields))
        {
            case DecodedMessages decoded:
                foreach (var message in decoded.Messages)
                {
                    Route(message, receivedAt);
                }

                break;
            case UnknownMessage unknown:
                ClientLog.UnknownMessage(_logger, unknown.MessageId, Hex(fields));
                break;
            case MalformedMessage malformed:
                ClientLog.MalformedMessage(_logger, malformed.MessageId, malformed.Reason, Hex(fields));
                break;
        }
    }

    private void Route(IIncomingMessage message, DateTimeOffset receivedAt)
    {
        PublishBrokerEvent(message, receivedAt);
        switch (message)
        {
            case ErrorMessage error:
                OnError(error, receivedAt);
                break;
            case CurrentTimeMessage time:
                CompleteUnnumbered(CurrentTimeMessage.MessageId, time.Time);
                break;
            case ContractDetailsMessage details:
                _pending.AddItem(details.ReqId, details.ContractDetails);
                break;
            case ContractDetailsEndMessage end:
                _pending.End(end.ReqId);
                break;
            case SecurityDefinitionOptionParameterMessage parameters:
                _pending.AddItem(parameters.ReqId, parameters);
                break;
            case SecurityDefinitionOptionParameterEndMessage end:
                _pending.End(end.ReqId);
                break;
            case ManagedAccountsMessage accounts:
                OnManagedAccounts(accounts.AccountsList);
                break;
            case NextValidIdMessage:
                break; // the transport seeds the order-id allocator from it
            default:
                RouteOrders(message, receivedAt);
                break;
        }
    }

    private void RouteOrders(IIncomingMessage message, DateTimeOffset receivedAt)
    {
        switch (message)
        {
            case OpenOrderMessage openOrder:
                OnOpenOrder(openOrder, receivedAt);
                break;
            case OrderStatusMessage status:
                OnOrderStatus(status, receivedAt);
                break;
            case OpenOrderEndMessage:
                EndUnnumbered(OpenOrderMessage.MessageId);
                break;
            case CompletedOrderMessage completed:
                AddUnnumbered(CompletedOrderMessage.MessageId, completed);
                break;
            case CompletedOrdersEndMessage:
                EndUnnumbered(CompletedOrderMessage.MessageId);
                break;
            case ExecDetailsMessage execution:
                OnExecution(execution, receivedAt);
                break;
            case ExecDetailsEndMessage end:
                _pending.End(end.ReqId);
                break;
            case CommissionReportMessage commission:
                OnCommission(commission, receivedAt);
                break;
            default:
                RouteAccount(message, receivedAt);
                break;
        }
    }

    private void RouteAccount(IIncomingMessage message, DateTimeOffset receivedAt)
    {
        switch (message)
        {
            case PositionMessage position:
                AddUnnumbered(PositionMessage.MessageId, position);
                break;
            case PositionEndMessage:
                OnPositionEnd();
                break;
            case AccountSummaryMessage row:
                _pending.AddItem(row.ReqId, row);
                break;
            case AccountSummaryEndMessage end:
                OnAccountSummaryEnd(end.ReqId);
                break;
            default:
                RouteStream(message, receivedAt);
                break;
        }
    }

    private void CompleteUnnumbered<T>(int responseMessageId, T value)
    {
        var key = PendingRequests.UnnumberedKey(responseMessageId);
        if (_pending.IsPending(key))
        {
            _pending.Complete(key, value);
        }
    }

    /// <summary>Items of unnumbered answers also arrive unrequested (position updates, open orders): only a live request takes them.</summary>
    private void AddUnnumbered<T>(int responseMessageId, T item)
    {
        var key = PendingRequests.UnnumberedKey(responseMessageId);
        if (_pending.IsPending(key))
        {
            _pending.AddItem(key, item);
        }
    }

    private void EndUnnumbered(int responseMessageId)
    {
        var key = PendingRequests.UnnumberedKey(responseMessageId);
        if (_pending.IsPending(key))
        {
            _pending.End(key);
        }
    }

    private void OnError(ErrorMessage error, DateTimeOffset receivedAt)
    {
        Health.Observe(error.ErrorCode, error.ErrorMsg);
        if (error.Id == -1 && TwsErrorClassifier.EndsConnectionAttempt(error.ErrorCode))
        {
            _ = _connection.DisconnectAsync(); // 326: the gateway refused this client id; ConnectAsync reports it
        }

        if (error.Id >= 0 && error.Id < RequestIdAllocator.FirstId && OnOrderError(error, receivedAt))
        {
            return;
        }

        if (!TryFailStream(error, receivedAt))
        {
            _pending.OnGatewayError(error.Id, error.ErrorCode, error.ErrorMsg, error.AdvancedOrderRejectJson);
        }

        if (error.ErrorCode == 1101)
        {
            // IB code 1101: connectivity restored, data lost: market data must be requested again
            Resubscribe("1101 connectivity restored, data lost");
        }
    }

    private void OnStateChanged(object? sender, ConnectionStateChanged change)
    {
        if (change.Current is ConnectionState.Lost or ConnectionState.Disconnected
            && change.Previous is ConnectionState.Connected)
        {
            var lost = new TwsConnectionLostException("The TWS connection ended: " + change.Reason);
            _pending.FailAll(lost);
            GiveUpPlacements("the TWS connection ended before an answer: " + change.Reason);
            FailStreams(lost, includeStreaming: false);
            Health.Reset();
        }
        else if (change.Current == ConnectionState.Connected)
        {
            Health.Reset();
            Resubscribe("new session");
        }

        _stateChanges.Publish(change);
    }

    private static string Hex(IReadOnlyList<string> fields) =>
        HexDump.Format(Encoding.UTF8.GetBytes(string.Join('\0', fields) + "\0"));
}
