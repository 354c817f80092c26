using System.Globalization;
using Condor.Engine.Journal;

namespace Condor.Engine.Execution.Orders;

/// <summary>
/// Expiry (issue 12): after the close a trade still open is closed as "expiry" with P/L from the settlement value (the
/// index's close; legs still open settle at intrinsic value), provisional until the broker's positions confirm it — at
/// IB expired legs typically stay in the positions until overnight processing, with no execution reported — and never
/// "external". Exit reasons other than expiry come from executions (the journal derives them from the closing orders'
/// roles); a trade an exit already closed is left as it is.
/// </summary>
internal sealed class ExpiryClose(OrderContext context)
{
    /// <summary>Closes the trade at the settlement <paramref name="indexClose"/>; Provisional while the broker still shows a leg.</summary>
    /// <exception cref="InvalidOperationException">Called before the session's close.</exception>
    public async Task<ExpiryResult> CloseAsync(OpenPosition position, decimal indexClose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(indexClose);
        var close = position.Session.Close;
        if (context.Time.GetUtcNow() < close)
        {
            throw new InvalidOperationException(Say($"Expiry settles after the close ({close:HH:mm} ET); it is {context.Time.GetUtcNow():HH:mm:ss} UTC."));
        }

        var existing = await context.Journal.GetTradeAsync(position.TradeId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(Say($"Trade {position.TradeId} is not in the journal."));
        if (existing.Status == TradeStatus.Closed)
        {
            return new ExpiryResult(existing, false, []);
        }

        var trade = await context.Journal.CloseTradeAsync(position.TradeId, new ExpirySettlement(indexClose, close.ToUniversalTime()), cancellationToken).ConfigureAwait(false);
        var provisional = await BrokerShowsLegsAsync(position, cancellationToken).ConfigureAwait(false);
        var text = Say($"Trade {trade.Id} closed as {trade.ExitReason} at the settlement {indexClose:0.00} (P/L {trade.PnlNet:0.00} net, {trade.PnlGross:0.00} gross){(provisional ? "; provisional until the broker's positions no longer show the expired legs" : string.Empty)}.");
        await context.AuditAsync(AuditKind.Decision, text, trade.Id, cancellationToken).ConfigureAwait(false);
        return new ExpiryResult(trade, provisional, [context.Alert(OrderAlertSeverity.Info, "expired", text, trade.Id)]);
    }

    /// <summary>True (and audited) once the broker's positions no longer show any leg of the trade.</summary>
    public async Task<bool> ConfirmAsync(OpenPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (await BrokerShowsLegsAsync(position, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await context.AuditAsync(AuditKind.Decision, Say($"Trade {position.TradeId}: the broker's positions no longer show the expired legs; the expiry settlement is confirmed."), position.TradeId, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> BrokerShowsLegsAsync(OpenPosition position, CancellationToken cancellationToken)
    {
        var legs = new HashSet<int> { position.Legs.LongPutConId, position.Legs.ShortPutConId, position.Legs.ShortCallConId, position.Legs.LongCallConId };
        var positions = await context.Gateway.GetPositionsAsync(cancellationToken).ConfigureAwait(false);
        return positions.Any(p => legs.Contains(p.Contract.ConId) && p.Position is { } quantity && quantity != 0);
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
