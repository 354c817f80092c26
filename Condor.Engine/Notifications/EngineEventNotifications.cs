using System.Globalization;
using Condor.Engine.Execution.Snapshot;
using Condor.Engine.Journal;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Notifications;

/// <summary>
/// The mapping table engine event → notification (pure). Urgent: <see cref="UrgentAlert"/> (the engine raises these
/// for an entry failed after sending, exits missing, ambiguous state, gateway down before the entry, a missed entry
/// window), a kill fill, a lost gateway connection. Info: the entry fill (trade opened, with strikes and credit from
/// the snapshot), an exit fill (trade closed, with the reason and the P/L when the snapshot still has the position),
/// <see cref="NoTrade"/>. Everything else (quotes, order status, phases, P/L ticks) is not notified.
/// </summary>
internal static class EngineEventNotifications
{
    public static Notification? Map(EngineEvent engineEvent, EngineSnapshot? snapshot) => engineEvent switch
    {
        UrgentAlert a => Notification.Urgent($"{Tag(a)} Action needed", a.Message, $"urgent:{a.Mode}:{a.Message}"),
        NoTrade n => Notification.Info($"{Tag(n)} No trade {n.SessionDate:yyyy-MM-dd}", n.Reason, $"no-trade:{n.Mode}:{n.SessionDate:yyyy-MM-dd}"),
        ConnectionChanged { State: ConnectionState.Lost } c => Notification.Urgent(
            $"{Tag(c)} Gateway connection lost", c.Detail, $"connection-lost:{c.Mode}"),
        Fill { Role: OrderRole.Entry } f => Notification.Info($"{Tag(f)} Trade opened", Opened(f, snapshot), $"fill:{f.OrderRef}:{f.Quantity}"),
        Fill { Role: OrderRole.Kill } f => Notification.Urgent($"{Tag(f)} Kill executed",
            $"{f.OrderRef}: {Number(f.Quantity)} closed at {Number(f.Price)}", $"fill:{f.OrderRef}:{f.Quantity}"),
        Fill f => Notification.Info($"{Tag(f)} Trade closed ({Reason(f.Role)})", Closed(f, snapshot), $"fill:{f.OrderRef}:{f.Quantity}"),
        _ => null,
    };

    private static string Tag(EngineEvent e) => $"[{e.Mode}]";

    private static string Opened(Fill f, EngineSnapshot? snapshot)
    {
        var strikes = snapshot?.Decision?.Chosen is { } chosen ? $" {chosen}" : "";
        return $"{Number(f.Quantity)} condor{(f.Quantity == 1 ? "" : "s")}{strikes} for a credit of {Number(f.Price)} ({f.OrderRef})";
    }

    private static string Closed(Fill f, EngineSnapshot? snapshot)
    {
        var text = $"{Reason(f.Role)}: {Number(f.Quantity)} closed at a debit of {Number(f.Price)} ({f.OrderRef})";
        if (snapshot?.Position is { } position)
        {
            var pnl = (position.FillCredit - f.Price) * 100m * f.Quantity;
            text += $"; P/L {pnl.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)} USD on a credit of {Number(position.FillCredit)}";
        }

        return text;
    }

    private static string Reason(OrderRole role) => role switch
    {
        OrderRole.Target => "profit target",
        OrderRole.Stop => "stop",
        OrderRole.Time => "time exit",
        _ => role.ToString(),
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
