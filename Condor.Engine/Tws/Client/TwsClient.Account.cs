using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Tws.Client;

/// <summary>Account: positions, account summary, P&amp;L.</summary>
internal sealed partial class TwsClient
{
    /// <summary>reqPositions: every position of every account until positionEnd (then cancelPositions stops the updates).</summary>
    public Task<IReadOnlyList<PositionMessage>> GetPositionsAsync(CancellationToken cancellationToken) =>
        OneAtATimeAsync(
            PositionMessage.MessageId,
            key => RequestListAsync<PositionMessage>(key, new ReqPositionsRequest(), cancellationToken),
            cancellationToken);

    /// <summary>
    /// reqAccountSummary for group "All": one row per account and tag until accountSummaryEnd (then
    /// cancelAccountSummary stops the updates). Tags as IB names them, e.g. NetLiquidation, AvailableFunds.
    /// </summary>
    public Task<IReadOnlyList<AccountSummaryMessage>> GetAccountSummaryAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var tagList = string.Join(',', tags);
        ArgumentException.ThrowIfNullOrEmpty(tagList, nameof(tags));
        var id = _requestIds.Next();
        return RequestListAsync<AccountSummaryMessage>(id, new ReqAccountSummaryRequest(id, "All", tagList), cancellationToken);
    }

    /// <summary>reqPnL: the account's daily, unrealized and realized P&amp;L as they change; disposing sends cancelPnL. Re-sent after a reconnect.</summary>
    public async Task<TwsSubscription<PnlUpdate>> SubscribePnLAsync(string account, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(account);
        TwsSubscription<PnlUpdate>? subscription = null;
        var id = AddStream(
            reqId =>
            {
                subscription = new TwsSubscription<PnlUpdate>(reqId, s => StopStream(s.Id));
                var target = subscription;
                return new ActiveStream(
                    new ReqPnLRequest(reqId, account, string.Empty),
                    new CancelPnLRequest(reqId),
                    isMarketDataLine: false,
                    isSnapshot: false,
                    (message, receivedAt) => message is PnlMessage pnl
                        && target.Write(new PnlUpdate(pnl.ReqId, pnl.DailyPnL, pnl.UnrealizedPnL, pnl.RealizedPnL, receivedAt)),
                    target.Complete);
            },
            isMarketDataLine: false);
        await StartStreamAsync(id, cancellationToken).ConfigureAwait(false);
        return subscription!;
    }

    private void OnPositionEnd()
    {
        var key = Transport.PendingRequests.UnnumberedKey(PositionMessage.MessageId);
        if (_pending.IsPending(key))
        {
            _pending.End(key);
            SendInBackground(new CancelPositionsRequest(), "cancelPositions");
        }
    }

    private void OnAccountSummaryEnd(int reqId)
    {
        if (_pending.End(reqId))
        {
            SendInBackground(new CancelAccountSummaryRequest(reqId), "cancelAccountSummary");
        }
    }
}
